import { describe, expect, it } from 'vitest';
import { displayablePorts } from '../../../src/sandbox/format/displayable-ports.ts';

describe('displayablePorts (PORTS column)', () => {
  it('is empty without ports', () => {
    expect(displayablePorts(null)).toBe('');
    expect(displayablePorts([])).toBe('');
  });

  it('lists exposed ports and collapses consecutive ones into a range', () => {
    expect(
      displayablePorts([
        { PrivatePort: 81, Type: 'tcp' },
        { PrivatePort: 80, Type: 'tcp' },
        { PrivatePort: 83, Type: 'tcp' },
      ]),
    ).toBe('80-81/tcp, 83/tcp');
  });

  it('shows published ports with their address, remapped ones last, IPv6 in brackets', () => {
    expect(
      displayablePorts([
        { IP: '0.0.0.0', PrivatePort: 80, PublicPort: 8080, Type: 'tcp' },
        { IP: '0.0.0.0', PrivatePort: 443, PublicPort: 443, Type: 'tcp' },
        { IP: '::', PrivatePort: 443, PublicPort: 443, Type: 'tcp' },
      ]),
    ).toBe('0.0.0.0:443->443/tcp, [::]:443->443/tcp, 0.0.0.0:8080->80/tcp');
  });
});
