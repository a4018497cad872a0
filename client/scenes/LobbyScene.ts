import { BaseScene } from '../ui/BaseScene';

export class LobbyScene extends BaseScene {
  constructor() {
    super('Lobby');
  }

  build(): void {}
}
