/**
 * Swedish texts of the follow-up of the principles for digitalisation per administration (keys prefixed
 * `principles.`): the levels, the rounds, the matrix, the refusals and the committee report's section.
 */
export const principlesSv = {
  'principles.list.PrincipleRounds': 'Principuppföljningar',
  'principles.list.PrincipleAssessments': 'Självskattningar mot principerna',

  'principles.level.notStarted': 'Inte påbörjat',
  'principles.level.started': 'Påbörjat',
  'principles.level.established': 'Etablerat',
  'principles.level.integrated': 'Fullt integrerat',
  'principles.levelHelp.notStarted': 'Principen präglar ännu inte förvaltningens arbete.',
  'principles.levelHelp.started': 'Enstaka insatser tillämpar principen, ännu inte som arbetssätt.',
  'principles.levelHelp.established': 'Principen tillämpas regelbundet, i det mesta av utvecklingsarbetet.',
  'principles.levelHelp.integrated':
    'Principen är en självklar del av hur förvaltningen planerar, beslutar och följer upp.',
  'principles.levelValue': '{number} – {name}',
  'principles.roundState.open': 'öppen',
  'principles.roundState.closed': 'stängd',

  'principles.refused.notAdministrator':
    'Bara planadministratörer (webbplatsens ägare) kan öppna och stänga en omgång av principuppföljningen. Inget har ändrats.',
  'principles.refused.notMember':
    'Bara medlemmar på planens webbplats kan lämna förvaltningarnas självskattningar. Inget har sparats.',
  'principles.refused.roundClosed':
    'Omgången {label} är stängd och tar inte emot fler självskattningar. Inget har sparats.',
  'principles.refused.roundOpen':
    'Omgången {label} är redan öppen. En omgång i taget: stäng den innan du öppnar en ny. Inget har ändrats.',
  'principles.refused.labelTaken':
    'Planen har redan haft en omgång som heter {label}. Välj ett annat namn. Inget har ändrats.',
  'principles.refused.stale':
    'Självskattningen för {administration}, {principle} har sparats av någon annan sedan du läste den. Ladda om sidan och försök igen. Inget har sparats.',
  'principles.refused.createKeyUsed':
    'Den här begäran har redan använts för en annan förvaltning eller princip. Ladda om sidan och försök igen. Inget har sparats.',
  'principles.refused.unknownAdministration': '{name} är inte en av planens förvaltningar.',
  'principles.refused.unknownPrinciple': '{name} är inte en av planens principer.',

  'principles.page.title': 'Principerna i förvaltningarna',
  'principles.page.intro':
    'Servicenämnden följer upp både den årliga utvecklingsplanen och hur förvaltningarna arbetar enligt stadens principer för digitalisering. I varje omgång skattar varje förvaltning sig själv per princip: en nivå från 1 till 4 och en kort kommentar.',
  'principles.levels.heading': 'Nivåerna',
  'principles.round.none': 'Ingen omgång är öppnad för planen {year} ännu.',
  'principles.round.open': 'Omgången {label} är öppen sedan {date}.',
  'principles.round.closed': 'Omgången {label} stängdes {date}. Ingen omgång är öppen.',
  'principles.round.choose': 'Visa omgång',
  'principles.round.option': '{label} ({state})',
  'principles.matrix.heading': 'Förvaltningar och principer',
  'principles.matrix.caption': 'Förvaltningarnas självskattning per princip, omgång {label}',
  'principles.matrix.region': 'Matrisen förvaltningar och principer, omgång {label} (går att rulla i sidled)',
  'principles.matrix.administration': 'Förvaltning',
  'principles.matrix.missing': 'Saknas',
  'principles.matrix.progress':
    '{filled} av {total} skattningar är lämnade ({complete, plural, one {# förvaltning är klar} other {# förvaltningar är klara}}).',
  'principles.missing.heading': 'Det här saknas',
  'principles.missing.none': 'Inget saknas: alla förvaltningar har skattat alla principer.',
  'principles.missing.notStarted':
    'Ingen skattning ännu från {count, plural, one {# förvaltning} other {# förvaltningar}}: {names}.',
  'principles.missing.partial': '{administration} saknar {principles}.',

  'principles.form.heading': 'Lämna förvaltningens självskattning',
  'principles.form.intro': 'Välj förvaltning och princip, ange nivå och skriv en kort kommentar.',
  'principles.form.administration': 'Förvaltning',
  'principles.form.principle': 'Princip',
  'principles.form.level': 'Nivå',
  'principles.form.comment': 'Kommentar',
  'principles.form.commentHint': 'Kort: vad gör att förvaltningen landar på den här nivån?',
  'principles.form.choose': 'Välj …',
  'principles.form.existing': 'Det finns redan en skattning ({level}). Sparar du ersätts den.',
  'principles.form.submit': 'Spara skattningen',
  'principles.form.saved': 'Självskattningen för {administration}, {principle} är sparad: {level}.',
  'principles.form.noOpenRound':
    'Ingen omgång är öppen. Förvaltningarna kan lämna självskattningar när en planadministratör har öppnat en omgång.',

  'principles.admin.heading': 'Omgångar',
  'principles.admin.label': 'Den nya omgångens namn',
  'principles.admin.labelHint': 'Till exempel T2 {year}',
  'principles.admin.open': 'Öppna omgången',
  'principles.admin.openTitle': 'Öppna en omgång',
  'principles.admin.openConfirm':
    'Öppna omgången {label}? Förvaltningarna kan då lämna sina självskattningar tills du stänger den.',
  'principles.admin.opened': 'Omgången {label} är öppen.',
  'principles.admin.close': 'Stäng omgången {label}',
  'principles.admin.closeTitle': 'Stäng omgången',
  'principles.admin.closeConfirm':
    'Stäng omgången {label}? {filled} av {total} skattningar är lämnade. Efter stängningen kan inga fler lämnas eller ändras.',
  'principles.admin.closed': 'Omgången {label} är stängd.',

  'principles.report.heading': 'Principerna i förvaltningarna',
  'principles.report.intro':
    'Förvaltningarnas självskattning mot stadens principer för digitalisering, omgång {label} ({state}). Nivåerna: 1 Inte påbörjat, 2 Påbörjat, 3 Etablerat, 4 Fullt integrerat. {filled} av {total} skattningar är lämnade.',
  'principles.report.none': 'Ingen omgång av principuppföljningen har öppnats för planen ännu.',
  'principles.report.cell': '{number} {name}',
  'principles.report.comments': 'Förvaltningarnas kommentarer',
  'principles.report.comment': '{administration}, {principle}: {comment}',
} as const;
