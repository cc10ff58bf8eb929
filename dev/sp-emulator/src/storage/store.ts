import { Database } from './database.js';
import { DocumentsRepo } from './documents-repo.js';
import { FieldsRepo } from './fields-repo.js';
import { ItemsRepo } from './items-repo.js';
import { ListsRepo } from './lists-repo.js';
import { MetaRepo } from './meta-repo.js';
import { PrincipalsRepo } from './principals-repo.js';
import { SecurityRepo } from './security-repo.js';
import { seedSite } from './seed.js';
import { StatementCache } from './statements.js';

/** All persistent state of one emulator: the SQLite file and a repository per table group. */
export class Store {
  readonly database: Database;
  readonly lists: ListsRepo;
  readonly fields: FieldsRepo;
  readonly items: ItemsRepo;
  readonly principals: PrincipalsRepo;
  readonly security: SecurityRepo;
  readonly meta: MetaRepo;
  readonly documents: DocumentsRepo;

  constructor(file: string, siteTitle: string) {
    this.database = new Database(file);
    const sql = new StatementCache(this.database.db);
    this.lists = new ListsRepo(sql);
    this.fields = new FieldsRepo(sql);
    this.database.onRollback(() => this.fields.forget());
    this.items = new ItemsRepo(sql);
    this.principals = new PrincipalsRepo(sql);
    this.security = new SecurityRepo(sql);
    this.meta = new MetaRepo(sql);
    this.documents = new DocumentsRepo(sql);
    if (this.meta.get('seeded') !== '1') {
      this.transaction(() => {
        seedSite(this, siteTitle);
        this.meta.set('seeded', '1');
      });
    }
  }

  /** Runs `fn` in one transaction. */
  transaction<T>(fn: () => T): T {
    return this.database.transaction(fn);
  }

  /** Closes the database. */
  close(): void {
    this.database.close();
  }
}
