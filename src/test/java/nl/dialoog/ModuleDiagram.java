package nl.dialoog;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.DependencyType;

/**
 * Draws the module graph as a Mermaid diagram, which GitHub and GitLab render in a README without any plugin.
 * A solid arrow means the source module uses the target's types; a dotted one that it only listens to its events.
 */
final class ModuleDiagram {

    private ModuleDiagram() {
    }

    static String mermaid(ApplicationModules modules) {
        StringBuilder out = new StringBuilder("```mermaid\ngraph LR\n");
        List<ApplicationModule> sorted = modules.stream()
                .sorted(Comparator.comparing(ApplicationModule::getIdentifier)).toList();
        sorted.forEach(module -> out.append("  ").append(id(module))
                .append("[\"").append(label(module)).append("\"]\n"));
        sorted.forEach(module -> dependencies(module, modules).forEach((target, listensOnly) -> out.append("  ")
                .append(id(module)).append(listensOnly ? " -.->|events| " : " --> ").append(target).append('\n')));
        return out.append("```\n").toString();
    }

    /** Target module id → whether every dependency on it is an event listener, sorted for a stable diagram. */
    private static Map<String, Boolean> dependencies(ApplicationModule module, ApplicationModules modules) {
        Map<String, Boolean> targets = new TreeMap<>();
        module.getDirectDependencies(modules).stream()
                .filter(dependency -> !dependency.getTargetModule().equals(module))
                .forEach(dependency -> targets.merge(id(dependency.getTargetModule()), listens(dependency),
                        Boolean::logicalAnd));
        return targets;
    }

    private static boolean listens(ApplicationModuleDependency dependency) {
        return dependency.getDependencyType() == DependencyType.EVENT_LISTENER;
    }

    private static String id(ApplicationModule module) {
        return module.getIdentifier().toString().replaceAll("[^A-Za-z0-9]", "_");
    }

    private static String label(ApplicationModule module) {
        return module.getDisplayName().replace("\"", "'");
    }
}
