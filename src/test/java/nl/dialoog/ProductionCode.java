package nl.dialoog;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Imports main classes only. ArchUnit's own DoNotIncludeTests knows only target/test-classes, but builds here may
 * use another directory (-Ddialoog.build.dir=target-other), whose test classes it would then count as production.
 */
final class ProductionCode implements ImportOption {

    @Override
    public boolean includes(Location location) {
        return !location.contains("/test-classes/");
    }
}
