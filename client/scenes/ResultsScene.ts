import { BaseScene } from '../ui/BaseScene';

export class ResultsScene extends BaseScene {
  constructor() {
    super('Results');
  }

  build(): void {}
}
