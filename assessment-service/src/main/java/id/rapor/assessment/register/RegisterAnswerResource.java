package id.rapor.assessment.register;

import id.rapor.assessment.register.RegisterAnswerDtos.RegisterAnswers;
import id.rapor.platform.error.Problem;
import id.rapor.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The answers of an assessment proposed from the subject's registers (one record feeds both). */
@Path("/api/v1/assessment/assessments/{assessmentId}/register-answers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Register answers", description = "SOP, SPM and innovation indicators proposed from the registers")
public class RegisterAnswerResource {

    @Inject
    RegisterAnswerService service;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR, Roles.VIEWER})
    @SecurityRequirement(name = "bearer")
    @Operation(
            operationId = "listRegisterAnswers",
            summary = "The answers the subject's registers propose for the assessment's indicators",
            description = "For each indicator whose definition names a register source: the answer proposed from "
                    + "the subject's register of the cycle's year (SOP documents and their evaluations, the Pemda's "
                    + "SPM sheet: sasaran as target and dilayani as achieved, the unit's innovations), the records it "
                    + "rests on and whether the reading is confirmed. Nothing is written: the operator accepts "
                    + "proposals by sending their answer objects to PUT .../answers. An empty register proposes "
                    + "nothing.")
    @APIResponse(
            responseCode = "200",
            description = "The proposals",
            content = @Content(schema = @Schema(implementation = RegisterAnswers.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "The assessment lies outside the caller's scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such assessment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RegisterAnswers list(@PathParam("assessmentId") UUID assessmentId) {
        return service.propose(assessmentId);
    }
}
