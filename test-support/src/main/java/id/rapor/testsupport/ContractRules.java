package id.rapor.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The contract rules every HTTP operation of a service keeps, checked over its compiled classes: an
 * {@code @Operation} with an {@code operationId}, and a declared access rule ({@code @RolesAllowed},
 * {@code @PermitAll}, {@code @Authenticated} or {@code @DenyAll} on the method or its class). The OpenAPI filter then
 * marks the operations without roles as public ({@code security: []}); an operation that forgot its rule would be
 * published as public, so it fails here instead.
 */
public final class ContractRules {

    private static final Set<String> HTTP_METHODS = Set.of(
            "jakarta.ws.rs.GET",
            "jakarta.ws.rs.POST",
            "jakarta.ws.rs.PUT",
            "jakarta.ws.rs.DELETE",
            "jakarta.ws.rs.PATCH",
            "jakarta.ws.rs.HEAD");
    private static final Set<String> ACCESS = Set.of(
            "jakarta.annotation.security.RolesAllowed",
            "jakarta.annotation.security.PermitAll",
            "jakarta.annotation.security.DenyAll",
            "io.quarkus.security.Authenticated");
    private static final String OPERATION = "org.eclipse.microprofile.openapi.annotations.Operation";

    private ContractRules() {}

    /**
     * What is wrong with the HTTP operations compiled beside {@code anyClass} (its class-path root), one line per
     * fault naming the method; empty when every operation keeps the rules.
     */
    public static List<String> faults(Class<?> anyClass) {
        List<String> faults = new ArrayList<>();
        int operations = 0;
        for (Class<?> type : classesBeside(anyClass)) {
            for (Method method : type.getDeclaredMethods()) {
                if (!has(method, HTTP_METHODS)) {
                    continue;
                }
                operations++;
                String name = type.getSimpleName() + "." + method.getName();
                Annotation operation = find(method, OPERATION);
                String id = operation == null ? "" : String.valueOf(value(operation, "operationId"));
                if (id.isBlank()) {
                    faults.add(name + ": no operationId; add @Operation(operationId = \"verbNoun\", summary = ...)");
                }
                if (!has(method, ACCESS) && !has(type, ACCESS)) {
                    faults.add(name + ": no access rule; add @RolesAllowed(...) or @PermitAll (public)");
                }
            }
        }
        if (operations == 0) {
            faults.add("no HTTP operation found beside " + anyClass.getName());
        }
        return faults;
    }

    private static boolean has(AnnotatedElement element, Set<String> names) {
        for (Annotation annotation : element.getAnnotations()) {
            if (names.contains(annotation.annotationType().getName())) {
                return true;
            }
        }
        return false;
    }

    private static Annotation find(AnnotatedElement element, String name) {
        for (Annotation annotation : element.getAnnotations()) {
            if (annotation.annotationType().getName().equals(name)) {
                return annotation;
            }
        }
        return null;
    }

    private static Object value(Annotation annotation, String attribute) {
        try {
            return annotation.annotationType().getMethod(attribute).invoke(annotation);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Class<?>> classesBeside(Class<?> anyClass) {
        Path root;
        try {
            root = Path.of(
                    anyClass.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String relative = root.relativize(file).toString();
                if (!relative.endsWith(".class") || relative.contains("$")) {
                    continue;
                }
                String name = relative.substring(0, relative.length() - ".class".length())
                        .replace(file.getFileSystem().getSeparator(), ".");
                try {
                    classes.add(Class.forName(name, false, anyClass.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    // not loadable outside the application (generated or optional); holds no resource method
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return classes;
    }
}
