package org.lexcheck.api;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import org.lexcheck.system.EngineVersion;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3.1 document springdoc generates from the controllers ({@code /v3/api-docs}, Swagger UI
 * at {@code /swagger-ui/index.html}), completed here in one place: what each operation does, what
 * each query parameter means (the words of docs/contract.md section 5), the formats it reads and
 * writes, and the problem responses (RFC 9457) it can give.
 */
@Configuration
class OpenApiDocumentation {
    private static final String PROBLEM = "#/components/schemas/Problem";

    private static final Map<String, String> PARAMETERS = Map.ofEntries(
            Map.entry(
                    "date",
                    "Reference date YYYY-MM-DD: the law as applicable that day. Default: the proposal's entryIntoForce, else today."),
            Map.entry(
                    "dates",
                    "Several reference dates D1,D2,...: a what-if, the proposal on each date and what changes (or moves) between them. Not with date or jurisdictions."),
            Map.entry(
                    "jurisdictions",
                    "States S1,S2,... (at most 32, each once): the proposal checked for each on one date, side by side. Not with dates."),
            Map.entry("lang", "en (default) or nl: the language of the report's texts."),
            Map.entry("explain", "true: every finding carries its derivation."),
            Map.entry(
                    "withPending",
                    "true: check as if pending law (proposed, provisionally agreed) applied from the reference date."),
            Map.entry("jurisdiction", "The state, an ISO 3166-1 alpha-2 code such as NL."),
            Map.entry("area", "One policy area (contract section 6.3); all when left out."),
            Map.entry(
                    "Accept",
                    "The report format: application/json (default), application/xml, text/html or text/plain."),
            Map.entry("Content-Type", "The proposal format: application/json, application/xml or application/yaml."),
            Map.entry("id", "The id of a stored check, from the Location of its POST /api/v1/checks."),
            Map.entry("proposal", "Only the checks of the proposal with this id."),
            Map.entry("from", "Only the checks made at or after this instant (2026-11-30T10:00:00Z)."),
            Map.entry("to", "Only the checks made before this instant."),
            Map.entry("page", "The page, from 0."),
            Map.entry("size", "Checks per page, 1 to 100 (default 20)."),
            Map.entry(
                    "author",
                    "Only the checks of this user (of those the caller may see: their own and their teams')."),
            Map.entry("name", "A user name: 1 to 64 letters, digits, '.', '_', '@' or '-'."));

    private static final Map<String, String> SUMMARIES = Map.ofEntries(
            Map.entry(
                    "check",
                    "Check a proposal: the report (or a what-if, or states side by side) in the format Accept asks for; stored"),
            Map.entry("diff", "Findings that appear, disappear, change or move between two versions of a proposal"),
            Map.entry("obligations", "What the law requires of a state on a date, independent of any proposal"),
            Map.entry("reload", "Rebuild knowledge and rules from disk and swap them in (rule authors)"),
            Map.entry("versions", "The version of knowledge and rules serving, and the last reload"),
            Map.entry("report", "A stored check, as it was answered (its owner and the team it is shared with)"),
            Map.entry(
                    "list",
                    "The stored checks the caller may see (own and teams'), newest first, with their provenance"),
            Map.entry("share", "Share a stored check with one of the owner's teams: {\"team\": NAME} (owner only)"),
            Map.entry("unshare", "Stop sharing a stored check (owner only)"),
            Map.entry("deleteReport", "Delete a stored check (owner only)"),
            Map.entry(
                    "rerun",
                    "Answer a stored check again with the law serving now, store the answer, and say what changed in the law since"),
            Map.entry("users", "The users of the embedded store with their roles and teams (ADMIN)"),
            Map.entry("putUser", "Create or change a user: {\"role\", \"teams\", \"password\"} (ADMIN)"),
            Map.entry("deleteUser", "Delete a user; never the last administrator, never oneself (ADMIN)"));

    /** Operations on one stored check or user, which answer 404 when there is none the caller may see. */
    private static final List<String> BY_ID =
            List.of("report", "share", "unshare", "deleteReport", "rerun", "deleteUser");

    @Bean
    OpenApiCustomizer lexcheckDocumentation() {
        return api -> {
            api.info(new Info()
                    .title("lexcheck")
                    .version(EngineVersion.get())
                    .description("Checks policy proposals for conformity with European and international law. "
                            + "The contract is docs/contract.md in the repository."));
            api.getComponents().addSchemas("Problem", problemSchema());
            api.getComponents()
                    .addSecuritySchemes(
                            "basicAuth",
                            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                    .addSecuritySchemes(
                            "bearerAuth",
                            new SecurityScheme()
                                    .type(SecurityScheme.Type.HTTP)
                                    .scheme("bearer")
                                    .bearerFormat("JWT")
                                    .description("When the service is configured for JWT (contract section 5)"));
            api.security(List.of(
                    new SecurityRequirement().addList("basicAuth"), new SecurityRequirement().addList("bearerAuth")));
            api.getPaths().forEach((path, item) -> item.readOperations().forEach(op -> document(op)));
        };
    }

    private static void document(Operation op) {
        op.setSummary(SUMMARIES.getOrDefault(op.getOperationId(), op.getSummary()));
        if (op.getParameters() != null) {
            for (Parameter p : op.getParameters()) {
                String meaning = PARAMETERS.get(p.getName());
                if (meaning != null) p.setDescription(meaning);
            }
        }
        ApiResponses responses = op.getResponses();
        if (List.of("check", "rerun").contains(op.getOperationId()) && responses.get("200") != null) {
            // A check is stored: 201 Created, Location /api/v1/reports/{id}, the document as body.
            responses.addApiResponse("201", responses.remove("200"));
            responses
                    .get("201")
                    .addHeaderObject(
                            "Location",
                            new io.swagger.v3.oas.models.headers.Header()
                                    .description("/api/v1/reports/{id}: where the stored check can be read again")
                                    .schema(new StringSchema()));
        }
        ApiResponse ok = responses.get("201") != null ? responses.get("201") : responses.get("200");
        if (ok != null && List.of("check", "diff", "obligations", "report").contains(op.getOperationId())) {
            ok.setDescription(
                    "The document asked for, in the format Accept asks for (a stored check: as it was answered)");
            Content content = new Content();
            for (String type : List.of("application/json", "application/xml", "text/html", "text/plain"))
                content.addMediaType(type, new MediaType().schema(new StringSchema()));
            ok.setContent(content);
        }
        if (List.of("check", "diff").contains(op.getOperationId())) {
            Content body = new Content();
            for (String type : List.of("application/json", "application/xml", "application/yaml"))
                body.addMediaType(type, new MediaType().schema(new StringSchema()));
            op.setRequestBody(new RequestBody()
                    .required(true)
                    .description(
                            "A proposal (contract section 3), at most 1 MiB; for a diff {\"old\": proposal, \"new\": proposal} in JSON")
                    .content(body));
        }
        problem(responses, "400", "Invalid input: the field and the allowed values are named");
        problem(responses, "406", "No format Accept allows");
        if (List.of("check", "diff").contains(op.getOperationId())) {
            problem(responses, "413", "The body is larger than 1 MiB");
            problem(responses, "415", "A Content-Type that is not a proposal format");
            problem(responses, "422", "A check cut off by its limits, or a reload that failed");
        }
        if (BY_ID.contains(op.getOperationId()))
            problem(responses, "404", "No such stored check or user, or none the caller may see");
        problem(responses, "401", "Not signed in, or a wrong user name, password or token");
        problem(
                responses,
                "403",
                List.of("reload", "versions").contains(op.getOperationId())
                        ? "Only the roles AUTHOR and ADMIN may reload or read versions"
                        : op.getOperationId().endsWith("User") || "users".equals(op.getOperationId())
                                ? "Only ADMIN manages users"
                                : "The user's role does not allow this request");
    }

    private static void problem(ApiResponses responses, String status, String description) {
        responses.addApiResponse(
                status,
                new ApiResponse()
                        .description(description)
                        .content(new Content()
                                .addMediaType(
                                        "application/problem+json",
                                        new MediaType().schema(new Schema<>().$ref(PROBLEM)))));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().example("urn:lexcheck:problem:invalid-input"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new io.swagger.v3.oas.models.media.IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("field", new StringSchema())
                .addProperty("allowed", new io.swagger.v3.oas.models.media.ArraySchema().items(new StringSchema()));
    }
}
