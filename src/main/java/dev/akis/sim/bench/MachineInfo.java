package dev.akis.sim.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What a benchmark ran on: processor, cores the JVM may use, operating system, Java and its heap, and how busy it was. */
public record MachineInfo(String cpu, int cores, String os, String java, long maxHeapBytes, String loadAverage) {

    public static MachineInfo current() {
        return new MachineInfo(cpuModel(Path.of("/proc/cpuinfo")), Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " (" + System.getProperty("os.arch") + ")",
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version", System.getProperty("java.version"))
                        + " (" + System.getProperty("java.vm.vendor") + ")",
                Runtime.getRuntime().maxMemory(), loadAverage(Path.of("/proc/loadavg")));
    }

    /** The 1-, 5- and 15-minute load averages of a Linux machine when the run began ("2.71 2.64 2.30"), or "". */
    static String loadAverage(Path loadavg) {
        try {
            String[] fields = Files.readString(loadavg, StandardCharsets.UTF_8).strip().split("\\s+");
            return fields.length >= 3 ? fields[0] + " " + fields[1] + " " + fields[2] : "";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** The first "model name" of a Linux cpuinfo file, or "unknown" where there is none (other systems). */
    static String cpuModel(Path cpuinfo) {
        try {
            List<String> lines = Files.readAllLines(cpuinfo, StandardCharsets.UTF_8);
            for (String line : lines) {
                if (line.toLowerCase(Locale.ROOT).startsWith("model name")) {
                    int colon = line.indexOf(':');
                    if (colon >= 0) {
                        return line.substring(colon + 1).strip().replaceAll("\\s+", " ");
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or not readable: say so below
        }
        return "unknown (" + System.getProperty("os.arch") + ")";
    }
}
