package org.lexcheck.api;

import java.util.List;
import org.lexcheck.proposal.InvalidProposalException;
import org.lexcheck.proposal.ProposalFormat;
import org.lexcheck.report.ReportFormat;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/** Maps Content-Type to a proposal format and Accept to a report format. */
final class MediaTypes {
    static final List<String> PROPOSAL_TYPES = List.of("application/json", "application/xml", "text/xml", "application/yaml", "text/yaml");
    private static final MediaType YAML = MediaType.parseMediaType("application/yaml");
    private static final MediaType TEXT_YAML = MediaType.parseMediaType("text/yaml");

    private MediaTypes() {}

    static ProposalFormat proposalFormat(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw new InvalidProposalException("Content-Type", "header is required", PROPOSAL_TYPES);
        }
        MediaType type = parse(contentType, "Content-Type");
        if (type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json")) return ProposalFormat.JSON;
        if (type.isCompatibleWith(MediaType.APPLICATION_XML) || type.isCompatibleWith(MediaType.TEXT_XML)) return ProposalFormat.XML;
        if (type.isCompatibleWith(YAML) || type.isCompatibleWith(TEXT_YAML)) return ProposalFormat.YAML;
        throw new UnsupportedFormatException("Content-Type", "unsupported proposal type '" + contentType + "'", PROPOSAL_TYPES);
    }

    /** The first report format the client accepts, by quality; JSON when Accept is absent or any. */
    static ReportFormat reportFormat(String accept) {
        if (accept == null || accept.isBlank()) return ReportFormat.JSON;
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            throw new InvalidProposalException("Accept", "not a list of media types: '" + accept + "'");
        }
        accepted = new java.util.ArrayList<>(accepted);
        accepted.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType a : accepted) {
            for (ReportFormat f : ReportFormat.values()) {
                if (a.includes(MediaType.parseMediaType(f.mediaType()))) return f;
            }
        }
        throw new UnsupportedFormatException("Accept", "no report format matches '" + accept + "'",
                List.of(ReportFormat.values()).stream().map(ReportFormat::mediaType).toList());
    }

    private static MediaType parse(String value, String header) {
        try {
            return MediaType.parseMediaType(value);
        } catch (InvalidMediaTypeException e) {
            throw new InvalidProposalException(header, "not a media type: '" + value + "'", PROPOSAL_TYPES);
        }
    }
}
