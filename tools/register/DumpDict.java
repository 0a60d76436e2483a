// Prints every entry of a morfologik dictionary on the classpath as form<TAB>lemma<TAB>tag.
// Used by tools/build_register_tables.py on LanguageTool's POS dictionaries (Maven Central);
// run with: java -cp <morfologik jars>:<dictionary jar> DumpDict.java /path/in/jar/x.dict
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import java.io.*;
import java.net.URL;
import java.nio.charset.StandardCharsets;

public class DumpDict {
    public static void main(String[] args) throws Exception {
        URL url = DumpDict.class.getResource(args[0]);
        if (url == null) throw new IllegalArgumentException("no resource " + args[0]);
        Dictionary dict = Dictionary.read(url);
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false, StandardCharsets.UTF_8);
        for (WordData wd : new DictionaryLookup(dict)) {
            out.print(wd.getWord()); out.print('\t'); out.print(wd.getStem()); out.print('\t'); out.println(wd.getTag());
        }
        out.flush();
    }
}
