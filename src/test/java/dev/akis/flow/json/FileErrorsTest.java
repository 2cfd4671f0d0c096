package dev.akis.flow.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.i18n.Languages;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FileErrorsTest {

    private static final Locale TURKISH = Languages.locale("tr");

    @Test
    void aFullDiskAndAReadOnlyFolderReadInTurkishWhateverWordsTheSystemUsed() {
        assertThat(FileErrors.describe(new FileSystemException("/flows/a.json", null, "No space left on device"), TURKISH))
                .isEqualTo("disk dolu");
        assertThat(FileErrors.describe(new IOException("No space left on device"), Locale.ENGLISH))
                .isEqualTo("the disk is full");
        assertThat(FileErrors.describe(new FileSystemException("/mnt/a.json", null, "Read-only file system"), TURKISH))
                .isEqualTo("disk ya da klasör salt okunur");
        assertThat(FileErrors.describe(new AccessDeniedException("/etc/a.json"), TURKISH)).isEqualTo("erişim reddedildi");
    }

    @Test
    void anUnknownCauseKeepsTheSystemsWordsWithoutRepeatingTheFileName() {
        FileSystemException odd = new FileSystemException("/flows/a.json", null, "Stale file handle");
        assertThat(FileErrors.describe(odd, Locale.ENGLISH)).isEqualTo("the system reported: Stale file handle");
        assertThat(FileErrors.describe(odd, TURKISH)).isEqualTo("sistem şunu bildirdi: Stale file handle");
        assertThat(FileErrors.describe(new IOException(), Locale.ENGLISH)).isEqualTo("the system reported: IOException");
    }
}
