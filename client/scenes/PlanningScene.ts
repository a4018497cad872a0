import { BaseScene } from '../ui/BaseScene';

export class PlanningScene extends BaseScene {
  constructor() {
    super('Planning');
  }

  build(): void {}
}
