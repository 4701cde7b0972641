package org.lexcheck.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.lexcheck.knowledge.SourceFiles;

/**
 * Compiles the DRL files of one rule source with the executable model ({@link CompiledRules})
 * and loads them into a {@link RuleBase}. Done once per version of the rules; the KieBase is then
 * shared by every check.
 */
public final class RuleBaseBuilder {
    private static final String RESOURCE_ROOT = "src/main/resources/";
    private static final java.util.regex.Pattern PACKAGE =
            java.util.regex.Pattern.compile("^\\s*package\\s+([\\w.]+)", java.util.regex.Pattern.MULTILINE);

    private RuleBaseBuilder() {}

    public static RuleBase build(Path dir) {
        return build(SourceFiles.locate(dir, "rules", ".drl"));
    }

    /** Compiles and loads: the same path as a version read back from the cache ({@link CompiledRules#load()}). */
    public static RuleBase build(SourceFiles source) {
        return compile(source).load();
    }

    /** Compiles the DRL with the executable model into the jar of generated classes; errors name file and line. */
    public static CompiledRules compile(SourceFiles source) {
        if (source.files().isEmpty()) throw new RuleBuildException(List.of(source.origin() + ": no .drl files"));
        KieServices ks = KieServices.get();
        String version = source.version();
        ReleaseId releaseId = ks.newReleaseId("org.lexcheck.rules", "lexcheck-rules", "1.0.0-" + version);
        KieFileSystem kfs = ks.newKieFileSystem().generateAndWritePomXML(releaseId);
        java.util.Map<String, String> sourceOf = new java.util.HashMap<>();
        for (SourceFiles.SourceFile f : source.files()) {
            String path = RESOURCE_ROOT + packageFolder(f.content()) + fileName(f.name());
            sourceOf.put(path, f.name());
            sourceOf.put(path.substring(RESOURCE_ROOT.length()), f.name());
            kfs.write(path, f.content());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<String> errors = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = m.getPath() == null ? "?" : sourceOf.getOrDefault(m.getPath(), m.getPath());
            String where = m.getLine() > 0 ? path + ":" + m.getLine() : path;
            errors.add("rules/" + where + ": " + m.getText().replace('\n', ' ').strip());
        }
        if (!errors.isEmpty()) throw new RuleBuildException(errors);
        byte[] jar = ((InternalKieModule) builder.getKieModule()).getBytes();
        ks.getRepository().removeKieModule(releaseId);
        return new CompiledRules(version, jar);
    }

    /** Drools expects a DRL file in the folder of its package. */
    private static String packageFolder(byte[] drl) {
        var m = PACKAGE.matcher(new String(drl, java.nio.charset.StandardCharsets.UTF_8));
        return m.find() ? m.group(1).replace('.', '/') + "/" : "";
    }

    private static String fileName(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }

    static List<RuleBase.RuleInfo> ruleInfos(org.kie.api.KieBase kieBase) {
        List<RuleBase.RuleInfo> infos = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                infos.add(new RuleBase.RuleInfo(
                        rule.getName(), pkg.getName(), metadata(rule, "norm"), metadata(rule, "applies")));
            }
        }
        infos.sort((a, b) -> a.name().compareTo(b.name()));
        return infos;
    }

    /** Metadata values keep their double quotes in the executable model; strip them. */
    public static String metadata(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        if (value == null) return null;
        String s = value.toString();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
