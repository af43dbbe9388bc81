import { DataSource } from 'typeorm';
import { databaseOptions } from './database.options';

/** For the TypeORM CLI (e.g. `npx typeorm migration:show -d apps/api/dist/database/data-source.js`). */
export default new DataSource(databaseOptions(process.env['DATABASE_URL'] ?? 'postgres://localhost/idt_canvas'));
