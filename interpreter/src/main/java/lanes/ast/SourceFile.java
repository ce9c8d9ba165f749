package lanes.ast;

import java.util.List;

/** One parsed Go source file. */
public record SourceFile(String name, Pos pos, String packageName, List<Decl.Import> imports, List<Decl> decls) {}
