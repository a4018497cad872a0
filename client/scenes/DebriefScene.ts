import { BaseScene } from '../ui/BaseScene';

export class DebriefScene extends BaseScene {
  constructor() {
    super('Debrief');
  }

  build(): void {}
}
