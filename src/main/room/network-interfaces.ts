// The computer's IPv4 addresses a facilitator may share on, in words: the room's network first, this computer last.
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import type { ShareInterface } from '../../shared/room';

export const LOOPBACK_LABEL = 'This computer only (for trying it out)';

function friendly(name: string): string {
  if (/^(wl|wifi|wi-fi|wlan)|wireless/i.test(name)) return 'Wi-Fi';
  if (/^(eth|enp|eno|ens|ethernet)/i.test(name)) return 'Network cable';
  if (/^(ap|hotspot|local area connection\*)/i.test(name)) return 'Hotspot';
  return name;
}

function isIpv4(info: NetworkInterfaceInfo): boolean {
  // Node 18.0–18.3 reported the family as the number 4.
  return info.family === 'IPv4' || (info.family as unknown) === 4;
}

export function listShareInterfaces(all: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces()): ShareInterface[] {
  const outward: ShareInterface[] = [];
  const inward: ShareInterface[] = [];
  for (const [name, infos] of Object.entries(all)) {
    for (const info of infos ?? []) {
      if (!isIpv4(info)) continue;
      if (info.internal) inward.push({ name, address: info.address, label: `${LOOPBACK_LABEL}` });
      else outward.push({ name, address: info.address, label: `${friendly(name)} (${info.address})` });
    }
  }
  // 127.0.0.1 always offered once, so a facilitator can try the join page on the laptop itself.
  const loopback = inward.find((i) => i.address === '127.0.0.1') ?? {
    name: 'lo',
    address: '127.0.0.1',
    label: LOOPBACK_LABEL,
  };
  return [...outward, loopback];
}
