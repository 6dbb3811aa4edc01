import { execFileSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';

/**
 * The smallest static x86-64 Linux program that does what the notes' hello.c does: write
 * "hello docker\n" to stdout and exit 0. Only for machines without a C compiler.
 */
export function helloElf(): Buffer {
  const message = Buffer.from('hello docker\n');
  const code = Buffer.from([
    0xb8, 0x01, 0x00, 0x00, 0x00, // mov eax, 1 (write)
    0xbf, 0x01, 0x00, 0x00, 0x00, // mov edi, 1 (stdout)
    0x48, 0x8d, 0x35, 0x10, 0x00, 0x00, 0x00, // lea rsi, [rip + 16] (the message after the code)
    0xba, message.length, 0x00, 0x00, 0x00, // mov edx, len
    0x0f, 0x05, // syscall
    0xb8, 0x3c, 0x00, 0x00, 0x00, // mov eax, 60 (exit)
    0x31, 0xff, // xor edi, edi
    0x0f, 0x05, // syscall
  ]);
  const base = 0x400000;
  const headers = 64 + 56;
  const size = headers + code.length + message.length;
  const elf = Buffer.alloc(headers);
  elf.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1], 0); // ELF, 64-bit, little-endian, version 1
  elf.writeUInt16LE(2, 16); // executable
  elf.writeUInt16LE(0x3e, 18); // x86-64
  elf.writeUInt32LE(1, 20);
  elf.writeBigUInt64LE(BigInt(base + headers), 24); // entry: right after the headers
  elf.writeBigUInt64LE(64n, 32); // program headers follow the ELF header
  elf.writeUInt16LE(64, 52);
  elf.writeUInt16LE(56, 54);
  elf.writeUInt16LE(1, 56);
  elf.writeUInt32LE(1, 64); // PT_LOAD
  elf.writeUInt32LE(5, 68); // read + execute
  elf.writeBigUInt64LE(BigInt(base), 80);
  elf.writeBigUInt64LE(BigInt(base), 88);
  elf.writeBigUInt64LE(BigInt(size), 96);
  elf.writeBigUInt64LE(BigInt(size), 104);
  elf.writeBigUInt64LE(0x1000n, 112);
  return Buffer.concat([elf, code, message]);
}

function hasGcc(): boolean {
  try {
    execFileSync('gcc', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * The notes' step: `gcc -static hello.c -o hello`. Without gcc (and on x86-64 only) the same
 * program is written byte by byte instead, so the image still builds FROM scratch.
 */
export function compileHello(source: string, out: string): string {
  if (hasGcc()) {
    execFileSync('gcc', ['-static', source, '-o', out], { stdio: ['ignore', 'ignore', 'pipe'] });
    return out;
  }
  if (process.arch !== 'x64') throw new Error('gcc is missing: apt-get install -y gcc libc6-dev');
  writeFileSync(out, helloElf());
  chmodSync(out, 0o755);
  return out;
}
