import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('departments')
export class DepartmentEntity {
  @PrimaryColumn({ type: 'varchar', length: 50 })
  code: string;

  @Column({ name: 'name_ko', type: 'varchar', length: 200 })
  nameKo: string;

  @Column({ name: 'name_en', type: 'varchar', length: 200 })
  nameEn: string;

  /** Where citizens reach the department (a phone number, an address): the register's contact when a proposal names none. */
  @Column({ name: 'public_contact', type: 'varchar', length: 200, nullable: true })
  publicContact: string | null;
}
