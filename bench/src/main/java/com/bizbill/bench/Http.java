package com.bizbill.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * A minimal blocking HTTP/1.1 client: one keep-alive connection per calling thread, no pooling, no
 * hand-offs between threads. The JDK's HttpClient spends about 0.7 ms of CPU per request here, which
 * on a 2-core machine shared with the server would be measured as the server's slowness; this costs
 * a small fraction of that. Plain http only (the benchmark talks to loopback).
 */
final class Http implements AutoCloseable {

    record Response(int status, String body) {
    }

    private final String host;
    private final int port;
    private final String prefix;
    private final String hostHeader;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    Http(String baseUrl) {
        URI uri = URI.create(baseUrl);
        if (!"http".equals(uri.getScheme())) {
            throw new IllegalArgumentException("only http:// URLs: " + baseUrl);
        }
        this.host = uri.getHost();
        this.port = uri.getPort() > 0 ? uri.getPort() : 80;
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        this.prefix = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        this.hostHeader = host + ":" + port;
    }

    Response get(String path, Map<String, String> headers) throws IOException {
        return exchange("GET", path, headers, null);
    }

    Response post(String path, Map<String, String> headers, String json) throws IOException {
        return exchange("POST", path, headers, json.getBytes(StandardCharsets.UTF_8));
    }

    private Response exchange(String method, String path, Map<String, String> headers, byte[] body) throws IOException {
        StringBuilder head = new StringBuilder(256)
                .append(method).append(' ').append(prefix).append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(hostHeader).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (body != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        boolean reused = socket != null;
        try {
            return send(headBytes, body);
        } catch (StaleConnection e) {
            // the server closed an idle keep-alive connection before reading anything: nothing was done
            // with this request, so it goes out once more on a new connection
            close();
            if (!reused) {
                throw e;
            }
            return send(headBytes, body);
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private static final class StaleConnection extends IOException {
        StaleConnection(String message) {
            super(message);
        }
    }

    private Response send(byte[] head, byte[] body) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setKeepAlive(true);
            socket.connect(new InetSocketAddress(host, port), 10_000);
            socket.setSoTimeout(60_000);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = socket.getOutputStream();
        }
        byte[] all = head;
        if (body != null) {
            all = new byte[head.length + body.length];
            System.arraycopy(head, 0, all, 0, head.length);
            System.arraycopy(body, 0, all, head.length, body.length);
        }
        try {
            out.write(all);
            out.flush();
        } catch (java.net.SocketException e) {
            throw new StaleConnection("connection closed before the request went out: " + e.getMessage());
        }

        String statusLine = readLine(true);
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closeAfter = statusLine.startsWith("HTTP/1.0");
        String line;
        while (!(line = readLine(false)).isEmpty()) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> closeAfter = value.equalsIgnoreCase("close");
                default -> { }
            }
        }
        ByteArrayOutputStream content = new ByteArrayOutputStream(length > 0 ? (int) length : 256);
        if (status == 204 || status == 304 || status / 100 == 1) {
            // no body
        } else if (chunked) {
            long size;
            while ((size = Long.parseLong(readLine(false).split(";", 2)[0].trim(), 16)) > 0) {
                copy(size, content);
                readLine(false);
            }
            while (!readLine(false).isEmpty()) {
                // trailers
            }
        } else if (length >= 0) {
            copy(length, content);
        } else {
            in.transferTo(content);
            closeAfter = true;
        }
        if (closeAfter) {
            close();
        }
        return new Response(status, content.toString(StandardCharsets.UTF_8));
    }

    private void copy(long size, ByteArrayOutputStream content) throws IOException {
        byte[] buffer = new byte[(int) Math.min(size, 8192)];
        long left = size;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(left, buffer.length));
            if (n < 0) {
                throw new EOFException("connection closed in the body");
            }
            content.write(buffer, 0, n);
            left -= n;
        }
    }

    private String readLine(boolean first) throws IOException {
        StringBuilder line = new StringBuilder(64);
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                if (first && line.length() == 0) {
                    throw new StaleConnection("connection closed before the answer");
                }
                throw new EOFException("connection closed in the headers");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        socket = null;
        in = null;
        out = null;
    }
}
