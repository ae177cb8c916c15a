import { requireShared } from './shared.ts';

export default function setup(): void {
  requireShared();
}
