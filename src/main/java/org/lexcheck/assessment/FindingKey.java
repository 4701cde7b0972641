package org.lexcheck.assessment;

/**
 * What one finding is about: a measure held against one legal obligation (the IRI of a shared
 * obligation, or of the norm where no other norm expresses the same one).
 */
public record FindingKey(String measureId, String obligation) {

    @Override
    public String toString() {
        return measureId + " " + obligation;
    }
}
