package org.lexcheck.store;

import java.nio.file.Path;

/** The embedded store: in memory, or a TDB2 folder that survives a restart. */
class Tdb2ReportStoreTest extends ReportStoreBehaviour {

    @Override
    ReportStore fresh() {
        return Tdb2ReportStore.inMemory();
    }

    @Override
    ReportStore durable(Path data) {
        return Tdb2ReportStore.open(data);
    }
}
