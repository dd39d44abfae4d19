package org.xingfeng.releng.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Reads the public signatures of one package from compiled classes: one line per visible type, field, constructor and
 * method (public or protected, in a type visible from outside the package), sorted. Two builds of the same source give
 * the same lines; any change a caller or an implementer of the package could notice changes a line.
 */
final class ApiReader {

    static final String PROVIDER_TYPE = "Lorg/osgi/annotation/versioning/ProviderType;";
    static final String VERSION = "Lorg/osgi/annotation/versioning/Version;";

    private ApiReader() {
    }

    /** The package's signatures read from {@code classes} (the build's output folder of the bundle). */
    static TreeSet<String> read(Path classes, String pkg) throws IOException {
        Path dir = classes.resolve(pkg.replace('.', '/'));
        Map<String, ClassInfo> infos = new HashMap<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (name.equals("package-info.class") || name.equals("module-info.class")) {
                        continue;
                    }
                    ClassInfo info = new ClassInfo();
                    try (InputStream in = Files.newInputStream(f)) {
                        new ClassReader(in).accept(info, ClassReader.SKIP_CODE | ClassReader.SKIP_FRAMES);
                    }
                    infos.put(info.name, info);
                }
            }
        }
        TreeSet<String> lines = new TreeSet<>();
        for (ClassInfo info : infos.values()) {
            if (visible(info, infos)) {
                lines.addAll(info.lines(pkg));
            }
        }
        return lines;
    }

    /** The value of the package's {@code @Version} annotation in its package-info, if it has one. */
    static Optional<String> packageInfoVersion(Path classes, String pkg) throws IOException {
        Path f = classes.resolve(pkg.replace('.', '/')).resolve("package-info.class");
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        String[] version = new String[1];
        try (InputStream in = Files.newInputStream(f)) {
            new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
                    if (!VERSION.equals(descriptor)) {
                        return null;
                    }
                    return new AnnotationVisitor(Opcodes.ASM9) {
                        @Override
                        public void visit(String name, Object value) {
                            if ("value".equals(name)) {
                                version[0] = String.valueOf(value);
                            }
                        }
                    };
                }
            }, ClassReader.SKIP_CODE);
        }
        return Optional.ofNullable(version[0]);
    }

    private static boolean visible(ClassInfo info, Map<String, ClassInfo> all) {
        if ((info.access & Opcodes.ACC_SYNTHETIC) != 0 || (info.access & Opcodes.ACC_PUBLIC) == 0) {
            return false;
        }
        if (info.outer == null) {
            return true;
        }
        if ((info.innerAccess & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) == 0) {
            return false;
        }
        ClassInfo outer = all.get(info.outer);
        return outer != null && visible(outer, all);
    }

    /** One class file's visible members as lines. */
    private static final class ClassInfo extends ClassVisitor {

        String name;
        int access;
        int innerAccess;
        String outer;
        String superName;
        String[] interfaces;
        String signature;
        boolean providerType;
        final List<String[]> members = new ArrayList<>();

        ClassInfo() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                String[] interfaces) {
            this.name = name;
            this.access = access;
            this.superName = superName;
            this.interfaces = interfaces;
            this.signature = signature;
        }

        @Override
        public void visitInnerClass(String name, String outerName, String innerName, int access) {
            if (name.equals(this.name)) {
                this.innerAccess = access;
                this.outer = outerName != null ? outerName : name.substring(0, name.lastIndexOf('$'));
            }
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            if (PROVIDER_TYPE.equals(descriptor)) {
                providerType = true;
            }
            return null;
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            if (api(access)) {
                StringBuilder s = new StringBuilder("field ").append(simple()).append('.').append(name).append(' ')
                        .append(flags(access, false)).append(Type.getType(descriptor).getClassName());
                if (signature != null) {
                    s.append(" signature ").append(signature);
                }
                if (value != null && (access & Opcodes.ACC_STATIC) != 0 && (access & Opcodes.ACC_FINAL) != 0) {
                    s.append(" = ").append(value instanceof String str ? '"' + escape(str) + '"' : value);
                }
                members.add(new String[] { s.toString() });
            }
            return null;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                String[] exceptions) {
            if (api(access) && (access & Opcodes.ACC_BRIDGE) == 0 && !name.equals("<clinit>")) {
                Type t = Type.getMethodType(descriptor);
                StringBuilder s = new StringBuilder();
                if (name.equals("<init>")) {
                    s.append("constructor ").append(simple());
                } else {
                    s.append("method ").append(simple()).append('.').append(name);
                }
                s.append('(');
                Type[] args = t.getArgumentTypes();
                for (int i = 0; i < args.length; i++) {
                    s.append(i == 0 ? "" : ", ").append(args[i].getClassName());
                }
                s.append(") ").append(flags(access, (this.access & Opcodes.ACC_INTERFACE) != 0));
                if (!name.equals("<init>")) {
                    s.append(t.getReturnType().getClassName());
                }
                String line = s.toString().strip();
                if (signature != null) {
                    line += " signature " + signature;
                }
                members.add(new String[] { line });
            }
            return null;
        }

        private boolean api(int access) {
            return (access & Opcodes.ACC_SYNTHETIC) == 0
                    && (access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) != 0;
        }

        private String simple() {
            return name.substring(name.lastIndexOf('/') + 1).replace('$', '.');
        }

        List<String> lines(String pkg) {
            int effective = outer == null ? access : innerAccess | (access & Opcodes.ACC_PUBLIC);
            StringBuilder type = new StringBuilder("type ").append(simple()).append(' ');
            if ((effective & Opcodes.ACC_PROTECTED) != 0) {
                type.append("protected ");
            } else {
                type.append("public ");
            }
            if ((access & Opcodes.ACC_ANNOTATION) != 0) {
                type.append("@interface");
            } else if ((access & Opcodes.ACC_INTERFACE) != 0) {
                type.append("interface");
            } else if ((access & Opcodes.ACC_ENUM) != 0) {
                type.append("enum");
            } else if ("java/lang/Record".equals(superName)) {
                type.append("record");
            } else {
                type.append((effective & Opcodes.ACC_ABSTRACT) != 0 ? "abstract " : "")
                        .append((effective & Opcodes.ACC_FINAL) != 0 ? "final " : "").append("class");
            }
            if (outer != null && (innerAccess & Opcodes.ACC_STATIC) != 0 && (access & Opcodes.ACC_INTERFACE) == 0) {
                type.append(" static");
            }
            if (providerType) {
                type.append(" @ProviderType");
            }
            if (superName != null && !superName.equals("java/lang/Object") && (access & Opcodes.ACC_ENUM) == 0
                    && !superName.equals("java/lang/Record")) {
                type.append(" extends ").append(superName.replace('/', '.'));
            }
            if (interfaces != null && interfaces.length > 0) {
                type.append(" implements ");
                for (int i = 0; i < interfaces.length; i++) {
                    type.append(i == 0 ? "" : ", ").append(interfaces[i].replace('/', '.'));
                }
            }
            if (signature != null) {
                type.append(" signature ").append(signature);
            }
            List<String> lines = new ArrayList<>();
            lines.add(type.toString());
            for (String[] m : members) {
                lines.add(m[0]);
            }
            return lines;
        }

        private static String flags(int access, boolean inInterface) {
            StringBuilder f = new StringBuilder((access & Opcodes.ACC_PROTECTED) != 0 ? "protected " : "public ");
            if ((access & Opcodes.ACC_STATIC) != 0) {
                f.append("static ");
            }
            if ((access & Opcodes.ACC_ABSTRACT) != 0) {
                f.append("abstract ");
            } else if (inInterface && (access & Opcodes.ACC_STATIC) == 0) {
                f.append("default ");
            }
            if ((access & Opcodes.ACC_FINAL) != 0) {
                f.append("final ");
            }
            if ((access & Opcodes.ACC_VARARGS) != 0) {
                f.append("varargs ");
            }
            return f.toString();
        }

        private static String escape(String s) {
            StringBuilder b = new StringBuilder();
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '\n' -> b.append("\\n");
                    case '\t' -> b.append("\\t");
                    case '\\' -> b.append("\\\\");
                    case '"' -> b.append("\\\"");
                    default -> b.append(c);
                }
            }
            return b.toString();
        }
    }
}
