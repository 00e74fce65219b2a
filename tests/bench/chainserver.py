#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""A small keep-alive HTTP/1.1 server for benchmarks: /r/N redirects to /r/N-1, /r/0 answers 200,
/bytes/N streams an N-byte body without holding it in memory.

Usage: chainserver.py PORTFILE   (binds 127.0.0.1 on a free port and writes the port to PORTFILE)
"""
import asyncio
import sys


async def handle(reader, writer):
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            target = head.split(b" ", 2)[1]
            length = 0
            for line in head.split(b"\r\n")[1:]:
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            if length:
                await reader.readexactly(length)
            path = target.split(b"?", 1)[0]
            if path.startswith(b"/bytes/") and path[7:].isdigit():
                size = int(path[7:])
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: %d\r\n\r\n" % size)
                chunk = b"x" * 262144
                sent = 0
                while sent < size:
                    piece = chunk[: min(len(chunk), size - sent)]
                    writer.write(piece)
                    sent += len(piece)
                    await writer.drain()
            elif path.startswith(b"/r/") and path[3:].isdigit() and int(path[3:]) > 0:
                location = b"/r/%d" % (int(path[3:]) - 1)
                writer.write(b"HTTP/1.1 302 Found\r\nLocation: " + location + b"\r\nContent-Length: 0\r\n\r\n")
            else:
                body = b"done\n"
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n" % len(body) + body)
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def main(port_file):
    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=512)
    with open(port_file, "w") as f:
        f.write(str(server.sockets[0].getsockname()[1]))
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
