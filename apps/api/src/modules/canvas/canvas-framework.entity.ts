import type { CanvasFramework } from '@idt/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One version of the canvas: the whole framework is one JSON document, immutable once published (a trigger). */
@Entity({ name: 'canvas_framework' })
export class CanvasFrameworkEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  key!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  status!: 'DRAFT' | 'PUBLISHED';

  @Column({ type: 'jsonb' })
  definition!: CanvasFramework;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}
