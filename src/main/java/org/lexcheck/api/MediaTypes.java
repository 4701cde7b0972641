package org.lexcheck.api;

import java.util.List;
import org.lexcheck.proposal.InvalidProposalException;
import org.lexcheck.proposal.ProposalFormat;
import org.lexcheck.report.ReportFormat;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/** Maps Content-Type to a proposal format and Accept to a report format. */
final class MediaTypes {
    static final List<String> PROPOSAL_TYPES = List.of(
            "application/json", "application/xml", "text/xml", "application/yaml", "application/x-yaml", "text/yaml");
    private static final List<MediaType> YAML_TYPES = PROPOSAL_TYPES.stream()
            .filter(t -> t.endsWith("yaml"))
            .map(MediaType::parseMediaType)
            .toList();

    private MediaTypes() {}

    static ProposalFormat proposalFormat(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw new InvalidProposalException("Content-Type", "header is required", PROPOSAL_TYPES);
        }
        MediaType type = parse(contentType, "Content-Type");
        if (type.isCompatibleWith(MediaType.APPLICATION_JSON)
                || type.getSubtype().endsWith("+json")) return ProposalFormat.JSON;
        if (type.isCompatibleWith(MediaType.APPLICATION_XML) || type.isCompatibleWith(MediaType.TEXT_XML))
            return ProposalFormat.XML;
        if (YAML_TYPES.stream().anyMatch(type::isCompatibleWith)) return ProposalFormat.YAML;
        throw new UnsupportedFormatException(
                "Content-Type", "unsupported proposal type '" + contentType + "'", PROPOSAL_TYPES);
    }

    /** The first report format the client accepts, by quality; JSON when Accept is absent or any. */
    static ReportFormat reportFormat(String accept) {
        return reportFormat(accept, java.util.EnumSet.allOf(ReportFormat.class));
    }

    /** The same among the formats this answer has (a diff has no HTML): 406 rather than another format. */
    static ReportFormat reportFormat(String accept, java.util.Set<ReportFormat> available) {
        if (accept == null || accept.isBlank()) return ReportFormat.JSON;
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            throw new InvalidProposalException("Accept", "not a list of media types: '" + accept + "'");
        }
        accepted = new java.util.ArrayList<>(accepted);
        accepted.sort(
                java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType a : accepted) {
            if (a.getQualityValue() == 0) continue;
            for (ReportFormat f : ReportFormat.values()) {
                if (available.contains(f) && a.includes(MediaType.parseMediaType(f.mediaType()))) return f;
            }
        }
        throw new UnsupportedFormatException(
                "Accept",
                "no report format matches '" + accept + "'",
                List.of(ReportFormat.values()).stream()
                        .filter(available::contains)
                        .map(ReportFormat::mediaType)
                        .toList());
    }

    private static MediaType parse(String value, String header) {
        try {
            return MediaType.parseMediaType(value);
        } catch (InvalidMediaTypeException e) {
            throw new InvalidProposalException(header, "not a media type: '" + value + "'", PROPOSAL_TYPES);
        }
    }
}
