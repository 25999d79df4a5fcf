package id.rapor.gateway.routing;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * Passes a request body through unchanged, telling the exchange about progress and failing the stream once more
 * than {@code limit} bytes went by.
 */
final class LimitedReadStream implements ReadStream<Buffer> {

    /** The failure raised when the body outgrows the limit. */
    static final class BodyTooLargeException extends RuntimeException {

        BodyTooLargeException(long limit) {
            super("request body exceeds " + limit + " bytes", null, false, false);
        }
    }

    private final ReadStream<Buffer> delegate;
    private final long limit;
    private final UpstreamExchange exchange;
    private long seen;
    private boolean failed;
    private Handler<Throwable> exceptionHandler;

    LimitedReadStream(ReadStream<Buffer> delegate, long limit, UpstreamExchange exchange) {
        this.delegate = delegate;
        this.limit = limit;
        this.exchange = exchange;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        this.exceptionHandler = handler;
        delegate.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        if (handler == null) {
            delegate.handler(null);
            return this;
        }
        delegate.handler(chunk -> {
            if (failed) {
                return;
            }
            seen += chunk.length();
            if (seen > limit) {
                failed = true;
                exchange.bodyTooLarge();
                delegate.pause();
                if (exceptionHandler != null) {
                    exceptionHandler.handle(new BodyTooLargeException(limit));
                }
                return;
            }
            if (seen == chunk.length()) {
                exchange.beforeFirstChunk();
            }
            exchange.progressed();
            handler.handle(chunk);
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        delegate.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        if (!failed) {
            delegate.resume();
        }
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        if (!failed) {
            delegate.fetch(amount);
        }
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
        delegate.endHandler(
                endHandler == null
                        ? null
                        : v -> {
                            if (!failed) {
                                // The whole body is with the service: from here the timeout measures its silence.
                                exchange.progressed();
                                endHandler.handle(v);
                            }
                        });
        return this;
    }
}
