package org.invicta.platform.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.invicta.platform.access.AccessDenied;
import org.invicta.shared.ConcurrentChange;
import org.invicta.shared.InvalidField;
import org.invicta.shared.NotFound;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every API error as RFC 9457 application/problem+json, naming the field and the rule where there is
 * one. Nothing internal (class names, SQL, stack traces) is ever in the response.
 */
@RestControllerAdvice(annotations = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    @ExceptionHandler(InvalidField.class)
    ResponseEntity<ProblemDetail> invalid(InvalidField e) {
        var problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-field", "Invalid field", e.rule());
        problem.setProperty("field", e.field());
        return respond(problem);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
        var first = e.getBindingResult().getFieldErrors().get(0);
        var problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-field", "Invalid field",
                first.getField() + ": " + first.getDefaultMessage());
        problem.setProperty("field", first.getField());
        return respond(problem);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        // A value object that checks its own rules refuses while the body is read: that is a field's problem, not the body's.
        for (Throwable cause = e; cause != null; cause = cause.getCause())
            if (cause instanceof InvalidField invalid) return invalid(invalid);
        return respond(problem(HttpStatus.BAD_REQUEST, "unreadable-body", "Unreadable request body",
                "the request body must be a JSON object with the fields this endpoint documents at /api/docs"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        var problem = problem(HttpStatus.BAD_REQUEST, "invalid-field", "Invalid field",
                e.getName() + " must be " + (e.getRequiredType() == UUID.class ? "an id like 3f2b8c1e-0000-4000-8000-000000000000"
                        : "a valid " + (e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName())));
        problem.setProperty("field", e.getName());
        return respond(problem);
    }

    // The last line of defence: a rule the database enforces that no check above it anticipated.
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> refusedByTheDatabase(DataIntegrityViolationException e) {
        return respond(problem(HttpStatus.UNPROCESSABLE_CONTENT, "refused-by-database", "Not saved",
                "the change conflicts with existing data or contains characters that cannot be stored; nothing was changed"));
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound e) {
        return respond(problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage()));
    }

    @ExceptionHandler(AccessDenied.class)
    ResponseEntity<ProblemDetail> denied(AccessDenied e) {
        if (e.hidesExistence()) return respond(problem(HttpStatus.NOT_FOUND, "not-found", "Not found", "no such record"));
        var problem = problem(HttpStatus.FORBIDDEN, "access-denied", "Access denied", e.getMessage());
        problem.setProperty("rule", e.decision().rule().name());
        return respond(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        return respond(problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "your roles do not allow this request"));
    }

    @ExceptionHandler(PreconditionRequired.class)
    ResponseEntity<ProblemDetail> preconditionRequired(PreconditionRequired e) {
        var problem = problem(HttpStatus.PRECONDITION_REQUIRED, "if-match-required", "If-Match required", e.getMessage());
        problem.setProperty("field", "If-Match");
        return respond(problem);
    }

    @ExceptionHandler(ConcurrentChange.class)
    ResponseEntity<ProblemDetail> conflict(ConcurrentChange e) {
        var problem = problem(HttpStatus.CONFLICT, "concurrent-change", "Changed by someone else", e.getMessage());
        problem.setProperty("yourVersion", e.expectedVersion());
        problem.setProperty("currentVersion", e.currentVersion());
        Map<String, Object> differences = new LinkedHashMap<>();
        e.differences().forEach((field, d) -> differences.put(field,
                Map.of("yourBase", d.yourBase(), "current", d.current(), "yours", d.yours())));
        problem.setProperty("differences", differences);
        return ResponseEntity.status(HttpStatus.CONFLICT).eTag(ETags.of(e.currentVersion()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + type));
        problem.setTitle(title);
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
