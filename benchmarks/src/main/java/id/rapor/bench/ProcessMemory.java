package id.rapor.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/** Resident memory of a process and the process listening on a port, read from Linux's /proc. */
final class ProcessMemory {

    private ProcessMemory() {}

    /** VmRSS of a process in MiB, empty when the process is gone or /proc is not there. */
    static OptionalLong rssMib(long pid) {
        if (pid <= 0) {
            return OptionalLong.empty();
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    // "VmRSS:   123456 kB"
                    long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return OptionalLong.of(Math.round(kib / 1024.0));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    /**
     * The process listening on a TCP port of this machine (for a stack started elsewhere), or -1. Needs the
     * permission to read the other process's file descriptors, i.e. the same user.
     */
    static long pidListeningOn(int port) {
        String inode = null;
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] f = line.trim().split("\\s+");
                    // local_address is HEXIP:HEXPORT, state 0A is LISTEN, the inode is the tenth column
                    if (f.length > 9
                            && f[1].contains(":")
                            && "0A".equals(f[3])
                            && Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1), 16) == port) {
                        inode = f[9];
                        break;
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // try the other table
            }
            if (inode != null) {
                break;
            }
        }
        if (inode == null) {
            return -1;
        }
        String socket = "socket:[" + inode + "]";
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path proc : procs) {
                try (DirectoryStream<Path> fds = Files.newDirectoryStream(proc.resolve("fd"))) {
                    for (Path fd : fds) {
                        try {
                            if (socket.equals(Files.readSymbolicLink(fd).toString())) {
                                return Long.parseLong(proc.getFileName().toString());
                            }
                        } catch (IOException e) {
                            // descriptor closed meanwhile
                        }
                    }
                } catch (IOException | SecurityException e) {
                    // another user's process
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }
}
