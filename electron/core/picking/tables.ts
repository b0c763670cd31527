// Row types of pick lists and their lines.
import type { Generated, Selectable } from 'kysely';

export interface PickListsTable {
  id: Generated<number>;
  number: string;
  kind: 'order' | 'wave';
  status: 'open' | 'done' | 'cancelled';
  container_mode: 'perOrder' | 'shared';
  order_count: number;
  line_count: number;
  created_at: string;
  completed_at: string | null;
}

export interface PickListLinesTable {
  id: Generated<number>;
  pick_list_id: number;
  seq: number;
  order_id: number;
  order_line_id: number;
  product_id: number;
  location_id: number;
  container: string;
  qty_milli: number;
  picked_milli: Generated<number>;
  short_milli: Generated<number>;
  short_reason: Generated<string>;
  // 'cancelled': the list was cancelled before this line was finished (see cancelService).
  status: 'open' | 'picked' | 'short' | 'cancelled';
}

export interface PickingTables {
  pick_lists: PickListsTable;
  pick_list_lines: PickListLinesTable;
}

export type PickListRow = Selectable<PickListsTable>;
export type PickListLineRow = Selectable<PickListLinesTable>;
