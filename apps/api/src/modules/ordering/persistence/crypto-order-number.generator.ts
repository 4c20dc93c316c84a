import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { OrderNumber } from '@devgear/domain';
import type { OrderNumberGenerator } from '@devgear/application';

/** Order numbers from the operating system's CSPRNG: 'DG-' + 8 symbols of a 30-letter alphabet (6.6e11 numbers). */
@Injectable()
export class CryptoOrderNumberGenerator implements OrderNumberGenerator {
  next(): string {
    return OrderNumber.generate((exclusiveMax) => randomInt(exclusiveMax)).value;
  }
}
