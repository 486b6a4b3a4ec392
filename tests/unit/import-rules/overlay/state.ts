export interface Item {
  id: string;
  editable: boolean;
}

export const isEditable = (item: Item): boolean => item.editable;
