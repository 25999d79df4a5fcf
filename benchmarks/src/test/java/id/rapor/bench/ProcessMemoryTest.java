package id.rapor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class ProcessMemoryTest {

    @Test
    void shouldReadTheResidentMemoryOfThisJvm() {
        // a running JVM holds at least its heap's touched pages and the JDK's code: well over 10 MiB
        assertThat(ProcessMemory.rssMib(ProcessHandle.current().pid()).orElseThrow())
                .isGreaterThan(10);
        assertThat(ProcessMemory.rssMib(-1)).isEmpty();
    }

    @Test
    void shouldFindTheProcessListeningOnAPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(ProcessMemory.pidListeningOn(socket.getLocalPort()))
                    .isEqualTo(ProcessHandle.current().pid());
        }
    }
}
