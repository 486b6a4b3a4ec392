export interface Shape {
  id: string;
}
