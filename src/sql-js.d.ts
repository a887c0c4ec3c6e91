// The part of sql.js (https://sql.js.org) that src/database-sqljs.ts uses;
// the package ships no types.
declare module "sql.js" {
  export type SqlJsValue = number | string | Uint8Array | null;
  export type SqlJsBindable = SqlJsValue | bigint | boolean;
  export type SqlJsParams = SqlJsBindable[] | Record<string, SqlJsBindable>;

  export interface SqlJsStatement {
    bind(params?: SqlJsParams): boolean;
    step(): boolean;
    get(): SqlJsValue[];
    getColumnNames(): string[];
    free(): boolean;
  }

  export interface SqlJsDatabase {
    run(sql: string, params?: SqlJsParams): SqlJsDatabase;
    exec(sql: string): Array<{ columns: string[]; values: SqlJsValue[][] }>;
    prepare(sql: string): SqlJsStatement;
    getRowsModified(): number;
    export(): Uint8Array;
    close(): void;
  }

  export interface SqlJsStatic {
    Database: new (data?: Uint8Array | null) => SqlJsDatabase;
  }

  export default function initSqlJs(config?: { locateFile?: (file: string) => string }): Promise<SqlJsStatic>;
}
