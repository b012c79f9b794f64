import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The directory of people: demo users are seeded; tokens name them by `sub`. */
@Entity('users')
export class UserEntity {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'department_code', type: 'varchar', length: 50 })
  departmentCode: string;

  @Column({ type: 'text', array: true })
  roles: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  domains: string[];

  /** Where notifications reach the person; none, and they are reached through no email. */
  @Column({ type: 'varchar', length: 320, nullable: true })
  email: string | null;
}
