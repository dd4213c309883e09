import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** The data source the TypeORM CLI uses (migration:generate, the drift check). */
export default new DataSource(
  dataSourceOptions(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'),
);
