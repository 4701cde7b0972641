package org.lexcheck.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;

/**
 * One version of the rules compiled with the executable model: the Java classes Drools generated
 * from the DRL, as the jar its compiler wrote ({@code version} is the content hash of the DRL).
 * Compiling takes seconds; loading these classes takes a fraction of that, so a compiled version
 * is kept (in the jar at build time, on disk after an edit) and every rule base is made by
 * {@link #load()}, whether just compiled or read back.
 */
public record CompiledRules(String version, byte[] jar) {
    /** The file in which the executable model lists its rule classes. */
    private static final String MODEL_LIST = "/drools-model";

    public CompiledRules {
        jar = jar.clone();
    }

    @Override
    public byte[] jar() {
        return jar.clone();
    }

    /** The rule base of these classes: the rule classes the model lists, defined in a class loader of their own. */
    public RuleBase load() {
        Map<String, byte[]> classes = new HashMap<>();
        String modelList = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.isDirectory()) continue;
                byte[] content = zip.readAllBytes();
                String name = e.getName();
                if (name.endsWith(".class"))
                    classes.put(
                            name.substring(0, name.length() - ".class".length()).replace('/', '.'), content);
                else if (name.endsWith(MODEL_LIST)) modelList = new String(content, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the compiled rules " + version, e);
        }
        if (modelList == null) throw new IllegalStateException("compiled rules " + version + " list no rule model");
        GeneratedClasses loader = new GeneratedClasses(classes, CompiledRules.class.getClassLoader());
        List<Model> models = new ArrayList<>();
        for (String line : modelList.split("\n")) {
            String name = line.strip();
            // The list starts with a header line "Drools-Model-Version:..."; the rest are class names.
            if (name.isEmpty() || name.contains(":")) continue;
            try {
                models.add(
                        (Model) loader.loadClass(name).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new IllegalStateException("compiled rules " + version + ": cannot load " + name, e);
            }
        }
        var kieBase = KieBaseBuilder.createKieBaseFromModel(models);
        var rules = RuleBaseBuilder.ruleInfos(kieBase);
        // .drl files that compile but hold no rule (a package line, comments) would serve no finding at all.
        if (rules.isEmpty())
            throw new RuleBuildException(List.of("rules " + version + ": the .drl files define no rule"));
        return new RuleBase(kieBase, version, rules);
    }

    /** Defines the generated classes on demand; everything else (facts, Drools) comes from the parent. */
    private static final class GeneratedClasses extends ClassLoader {
        static {
            registerAsParallelCapable();
        }

        private final Map<String, byte[]> classes;

        GeneratedClasses(Map<String, byte[]> classes, ClassLoader parent) {
            super("lexcheck-rules", parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b = classes.get(name);
            if (b == null) throw new ClassNotFoundException(name);
            return defineClass(name, b, 0, b.length);
        }

        @Override
        protected java.net.URL findResource(String name) {
            return null;
        }
    }
}
