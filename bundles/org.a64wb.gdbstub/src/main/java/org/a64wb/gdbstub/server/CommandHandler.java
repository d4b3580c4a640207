package org.a64wb.gdbstub.server;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.a64wb.gdbstub.rsp.Hex;
import org.a64wb.gdbstub.target.Breakpoint;
import org.a64wb.gdbstub.target.DebugTarget;
import org.a64wb.gdbstub.target.RegisterLayout;
import org.a64wb.gdbstub.target.Resume;
import org.a64wb.gdbstub.target.StopEvent;

/**
 * Answers one packet at a time from a {@link DebugTarget} (GDB manual, "Packets"). Every malformed
 * or impossible request gets an error reply: {@code E01} for bad syntax (bad hex, missing fields),
 * {@code E02} for a thread that does not exist, {@code E03} for a register that does not exist or
 * refuses the value, {@code E14} (EFAULT) for memory that cannot be read or written; unknown packets
 * get the empty reply that tells gdb "not supported". Nothing here throws on input.
 */
public final class CommandHandler {

    /** Largest reply payload we ask gdb to accept (hex digits of a memory read); also our PacketSize. */
    public static final int PACKET_SIZE = 0x4000;

    static final String BAD_SYNTAX = "E01";
    static final String NO_THREAD = "E02";
    static final String BAD_REGISTER = "E03";
    static final String FAULT = "E14";

    /** The one process gdb sees with the multiprocess extension, as QEMU numbers it. */
    static final long PROCESS_ID = 1;

    private final DebugTarget target;
    /** gdb asked for multiprocess+ (thread ids are then pPID.TID in both directions). */
    private boolean multiprocess;
    private long generalThread;
    private long continueThread;
    private StopEvent lastStop;

    public CommandHandler(DebugTarget target, StopEvent initialStop) {
        this.target = target;
        this.lastStop = initialStop;
    }

    /** Remembers the stop reported to gdb (the answer to a later {@code ?}). */
    public void stopped(StopEvent event) {
        lastStop = event;
        if (event instanceof StopEvent.Stopped s) {
            generalThread = s.thread();
            continueThread = s.thread();
        }
    }

    public Reply handle(String packet) {
        if (packet.isEmpty()) {
            return Reply.send("");
        }
        String args = packet.substring(1);
        switch (packet.charAt(0)) {
            case '?':
                return Reply.send(stopReply(lastStop, multiprocess));
            case 'g':
                return readRegisters();
            case 'G':
                return writeRegisters(args);
            case 'p':
                return readRegister(args);
            case 'P':
                return writeRegister(args);
            case 'm':
                return readMemory(args);
            case 'M':
                return writeMemory(args, false);
            case 'X':
                return writeMemory(args, true);
            case 'H':
                return selectThread(args);
            case 'T':
                return Reply.send(threadOf(args) != 0 ? "OK" : NO_THREAD);
            case 'c':
                return resumeAll(args, Resume.CONTINUE);
            case 's':
                return resumeAll(args, Resume.STEP);
            case 'Z':
                return breakpoint(args, true);
            case 'z':
                return breakpoint(args, false);
            case 'k':
                target.kill();
                return new Reply.End(null);
            case 'D':
                target.detach();
                return new Reply.End("OK");
            case 'q':
                return query(packet);
            case 'Q':
                if (packet.equals("QStartNoAckMode")) {
                    return new Reply.NoAck("OK");
                }
                return Reply.send("");
            case 'v':
                return vPacket(packet);
            default:
                return Reply.send("");
        }
    }

    /** The reply announcing {@code event}, with thread ids in the form this session agreed on. */
    public String stopReply(StopEvent event) {
        return stopReply(event, multiprocess);
    }

    /**
     * T05thread:TID; (with the watchpoint after the access; pPID.TID with the multiprocess extension), W/X for the
     * end of the program.
     */
    static String stopReply(StopEvent event, boolean multiprocess) {
        if (event instanceof StopEvent.Stopped s) {
            StringBuilder r = new StringBuilder("T").append(Hex.byteHex(s.signal()));
            if (s.watch() != null) {
                String kind = switch (s.watch()) {
                    case READ -> "rwatch";
                    case ACCESS -> "awatch";
                    default -> "watch";
                };
                r.append(kind).append(':').append(Long.toHexString(s.address())).append(';');
            }
            return r.append("thread:").append(threadId(s.thread(), multiprocess)).append(';').toString();
        }
        if (event instanceof StopEvent.Exited e) {
            return "W" + Hex.byteHex(e.status());
        }
        if (event instanceof StopEvent.Terminated t) {
            return "X" + Hex.byteHex(t.signal());
        }
        return "S05";
    }

    // ---- threads

    private static String threadId(long thread, boolean multiprocess) {
        return multiprocess ? "p" + Long.toHexString(PROCESS_ID) + "." + Long.toHexString(thread) : Long.toHexString(thread);
    }

    /**
     * The thread part of a thread-id field: "pPID.TID" becomes TID and "pPID" all threads ("-1"), when PID is ours
     * (or -1, or 0 for any); null for another process or a malformed field. Plain ids pass through.
     */
    private static String threadPart(String field) {
        if (!field.startsWith("p")) {
            return field;
        }
        int dot = field.indexOf('.');
        String pid = dot < 0 ? field.substring(1) : field.substring(1, dot);
        boolean ours = pid.equals("-1") || pid.equals("0") || Hex.isNumber(pid) && Hex.parse(pid) == PROCESS_ID;
        if (!ours || dot == field.length() - 1) {
            return null;
        }
        return dot < 0 ? "-1" : field.substring(dot + 1);
    }

    /** The thread a thread-id field names (-1 and 0: the first live one), or 0 if it names none. */
    private long threadOf(String pidAndThread) {
        String field = threadPart(pidAndThread);
        if (field == null) {
            return 0;
        }
        List<Long> threads = target.threads();
        if (field.equals("-1") || field.equals("0")) {
            return threads.isEmpty() ? 0 : threads.get(0);
        }
        if (!Hex.isNumber(field)) {
            return 0;
        }
        long id = Hex.parse(field);
        return threads.contains(id) ? id : 0;
    }

    /** The thread for register and memory packets: Hg's choice if it still lives, else the first. */
    private long generalThread() {
        List<Long> threads = target.threads();
        if (threads.contains(generalThread)) {
            return generalThread;
        }
        return threads.isEmpty() ? 0 : threads.get(0);
    }

    private Reply selectThread(String args) {
        if (args.isEmpty() || (args.charAt(0) != 'g' && args.charAt(0) != 'c')) {
            return Reply.send(BAD_SYNTAX);
        }
        String field = threadPart(args.substring(1));
        if (field == null) {
            return Reply.send(NO_THREAD);
        }
        long thread;
        if (field.equals("-1") || field.equals("0")) {
            thread = 0;
        } else {
            thread = threadOf(field);
            if (thread == 0) {
                return Reply.send(NO_THREAD);
            }
        }
        if (args.charAt(0) == 'g') {
            generalThread = thread;
        } else {
            continueThread = thread;
        }
        return Reply.send("OK");
    }

    private Reply threadList() {
        StringBuilder r = new StringBuilder("m");
        for (long t : target.threads()) {
            if (r.length() > 1) {
                r.append(',');
            }
            r.append(threadId(t, multiprocess));
        }
        return Reply.send(r.length() > 1 ? r.toString() : "l");
    }

    // ---- registers

    private Reply readRegisters() {
        long thread = generalThread();
        if (thread == 0) {
            return Reply.send(NO_THREAD);
        }
        StringBuilder r = new StringBuilder();
        for (int n = 0; n < RegisterLayout.G_REGISTERS; n++) {
            byte[] value = target.readRegister(thread, n);
            if (value == null) {
                // "xx" marks an unavailable register (GDB manual, "Packets", g).
                r.append("xx".repeat(target.layout().bytes(n)));
            } else {
                r.append(Hex.encode(value));
            }
        }
        return Reply.send(r.toString());
    }

    private Reply writeRegisters(String hex) {
        long thread = generalThread();
        byte[] all = Hex.decode(hex);
        if (all == null) {
            return Reply.send(BAD_SYNTAX);
        }
        if (thread == 0) {
            return Reply.send(NO_THREAD);
        }
        RegisterLayout layout = target.layout();
        int offset = 0;
        for (int n = 0; n < RegisterLayout.G_REGISTERS && offset < all.length; n++) {
            int size = layout.bytes(n);
            if (offset + size > all.length) {
                return Reply.send(BAD_SYNTAX);
            }
            byte[] value = java.util.Arrays.copyOfRange(all, offset, offset + size);
            if (!target.writeRegister(thread, n, value)) {
                return Reply.send(BAD_REGISTER);
            }
            offset += size;
        }
        return Reply.send("OK");
    }

    private Reply readRegister(String args) {
        if (!Hex.isNumber(args) || args.length() > 8) {
            return Reply.send(BAD_SYNTAX);
        }
        long thread = generalThread();
        if (thread == 0) {
            return Reply.send(NO_THREAD);
        }
        long n = Hex.parse(args);
        if (n >= target.layout().count()) {
            return Reply.send(BAD_REGISTER);
        }
        byte[] value = target.readRegister(thread, (int) n);
        return Reply.send(value == null ? BAD_REGISTER : Hex.encode(value));
    }

    private Reply writeRegister(String args) {
        int eq = args.indexOf('=');
        if (eq < 0 || !Hex.isNumber(args.substring(0, eq)) || eq > 8) {
            return Reply.send(BAD_SYNTAX);
        }
        byte[] value = Hex.decode(args.substring(eq + 1));
        if (value == null) {
            return Reply.send(BAD_SYNTAX);
        }
        long thread = generalThread();
        if (thread == 0) {
            return Reply.send(NO_THREAD);
        }
        long n = Hex.parse(args.substring(0, eq));
        if (n >= target.layout().count() || value.length != target.layout().bytes((int) n)) {
            return Reply.send(BAD_REGISTER);
        }
        return Reply.send(target.writeRegister(thread, (int) n, value) ? "OK" : BAD_REGISTER);
    }

    // ---- memory

    /** "ADDR,LENGTH" as two numbers; null if malformed. */
    private static long[] addressLength(String field) {
        int comma = field.indexOf(',');
        if (comma < 0) {
            return null;
        }
        String a = field.substring(0, comma);
        String l = field.substring(comma + 1);
        if (!Hex.isNumber(a) || !Hex.isNumber(l) || l.length() > 8) {
            return null;
        }
        return new long[] {Hex.parse(a), Hex.parse(l)};
    }

    private Reply readMemory(String args) {
        long[] al = addressLength(args);
        if (al == null) {
            return Reply.send(BAD_SYNTAX);
        }
        long thread = generalThread();
        if (thread == 0) {
            return Reply.send(NO_THREAD);
        }
        int length = (int) Math.min(al[1], PACKET_SIZE / 2);
        if (length == 0) {
            return Reply.send("");
        }
        byte[] data = new byte[length];
        int read = target.readMemory(thread, al[0], data);
        // A partial read is a valid answer; nothing readable at the start is EFAULT.
        return Reply.send(read <= 0 ? FAULT : Hex.encode(data, 0, read));
    }

    private Reply writeMemory(String args, boolean binary) {
        int colon = args.indexOf(':');
        long[] al = colon < 0 ? null : addressLength(args.substring(0, colon));
        if (al == null) {
            return Reply.send(BAD_SYNTAX);
        }
        String payload = args.substring(colon + 1);
        byte[] data = binary ? payload.getBytes(StandardCharsets.ISO_8859_1) : Hex.decode(payload);
        if (data == null || data.length != al[1]) {
            return Reply.send(BAD_SYNTAX);
        }
        long thread = generalThread();
        if (thread == 0) {
            return Reply.send(NO_THREAD);
        }
        if (data.length == 0) {
            return Reply.send("OK");
        }
        return Reply.send(target.writeMemory(thread, al[0], data) ? "OK" : FAULT);
    }

    // ---- breakpoints

    private Reply breakpoint(String args, boolean insert) {
        String[] parts = args.split(",", -1);
        if (parts.length < 3 || parts[0].length() != 1 || !Hex.isNumber(parts[1])) {
            return Reply.send(BAD_SYNTAX);
        }
        // Conditions and commands after ';' (target-side conditions) are not offered, so not parsed.
        String kindField = parts[2];
        int semicolon = kindField.indexOf(';');
        if (semicolon >= 0) {
            kindField = kindField.substring(0, semicolon);
        }
        if (!Hex.isNumber(kindField) || kindField.length() > 4) {
            return Reply.send(BAD_SYNTAX);
        }
        Breakpoint.Kind kind = Breakpoint.Kind.ofType(Hex.digit(parts[0].charAt(0)));
        if (kind == null) {
            return Reply.send("");
        }
        int length = (int) Hex.parse(kindField);
        if (kind.isWatchpoint() && (length <= 0 || length > 0x1000)) {
            return Reply.send(BAD_SYNTAX);
        }
        Breakpoint b = new Breakpoint(kind, Hex.parse(parts[1]), kind.isWatchpoint() ? length : 4);
        boolean done = insert ? target.insert(b) : target.remove(b);
        return Reply.send(done ? "OK" : insert ? "" : BAD_SYNTAX);
    }

    // ---- execution

    /** c/s [ADDR]: all threads continue, or the Hc thread steps while the others stay stopped. */
    private Reply resumeAll(String args, Resume action) {
        if (!args.isEmpty()) {
            if (!Hex.isNumber(args)) {
                return Reply.send(BAD_SYNTAX);
            }
            long thread = continueThread != 0 ? threadOf(Long.toHexString(continueThread)) : generalThread();
            byte[] pc = littleEndian(Hex.parse(args));
            if (thread == 0 || !target.writeRegister(thread, RegisterLayout.PC, pc)) {
                return Reply.send(BAD_REGISTER);
            }
        }
        if (action == Resume.CONTINUE) {
            target.resume(Map.of(), Resume.CONTINUE);
        } else {
            long thread = continueThread != 0 && target.threads().contains(continueThread) ? continueThread : generalThread();
            target.resume(Map.of(thread, Resume.STEP), null);
        }
        return Reply.Resumed.INSTANCE;
    }

    private static byte[] littleEndian(long value) {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (value >>> (8 * i));
        }
        return b;
    }

    /** vCont;ACTION[:TID]...: the leftmost action that names a thread applies to it, one without a thread to the rest. */
    private Reply vCont(String actions) {
        Map<Long, Resume> perThread = new LinkedHashMap<>();
        Map<Long, Integer> signals = new LinkedHashMap<>();
        Resume others = null;
        List<Long> live = target.threads();
        for (String part : actions.split(";", -1)) {
            if (part.isEmpty()) {
                return Reply.send(BAD_SYNTAX);
            }
            int colon = part.indexOf(':');
            String verb = colon < 0 ? part : part.substring(0, colon);
            Resume action;
            switch (verb.isEmpty() ? '?' : verb.charAt(0)) {
                case 'c', 'C' -> action = Resume.CONTINUE;
                case 's', 'S' -> action = Resume.STEP;
                case 't' -> action = Resume.STOP;
                default -> {
                    return Reply.send(BAD_SYNTAX);
                }
            }
            // C and S carry the signal to deliver (two hex digits).
            if (verb.length() > 1 && (verb.length() != 3 || "CS".indexOf(verb.charAt(0)) < 0 || !Hex.isNumber(verb.substring(1)))) {
                return Reply.send(BAD_SYNTAX);
            }
            int signal = verb.length() == 3 ? (int) Hex.parse(verb.substring(1)) : 0;
            String field = colon < 0 ? "-1" : threadPart(part.substring(colon + 1));
            if (field == null) {
                return Reply.send(NO_THREAD);
            }
            if (field.equals("-1")) {
                if (others == null) {
                    others = action;
                }
                continue;
            }
            if (!Hex.isNumber(field)) {
                return Reply.send(BAD_SYNTAX);
            }
            long thread = Hex.parse(field);
            if (!live.contains(thread)) {
                return Reply.send(NO_THREAD);
            }
            if (perThread.putIfAbsent(thread, action) == null && signal != 0) {
                signals.put(thread, signal);
            }
        }
        target.resume(perThread, others, signals);
        return Reply.Resumed.INSTANCE;
    }

    private Reply vPacket(String packet) {
        if (packet.equals("vCont?")) {
            return Reply.send("vCont;c;C;s;S;t");
        }
        if (packet.startsWith("vCont;")) {
            return vCont(packet.substring(6));
        }
        if (packet.startsWith("vKill")) {
            target.kill();
            return new Reply.End("OK");
        }
        // vMustReplyEmpty, vFile, vRun, vAttach ...: not offered.
        return Reply.send("");
    }

    // ---- queries

    private Reply query(String packet) {
        if (packet.startsWith("qSupported")) {
            // Multiprocess thread ids when gdb offers them, as QEMU's stub: gdb then names the inferior "process 1".
            multiprocess = List.of(packet.substring(packet.indexOf(':') + 1).split(";")).contains("multiprocess+");
            return Reply.send("PacketSize=" + Integer.toHexString(PACKET_SIZE) + ";qXfer:features:read+;vContSupported+;QStartNoAckMode+"
                    + (multiprocess ? ";multiprocess+" : ""));
        }
        if (packet.equals("qfThreadInfo")) {
            return threadList();
        }
        if (packet.startsWith("qThreadExtraInfo,")) {
            long thread = threadOf(packet.substring("qThreadExtraInfo,".length()));
            String info = thread == 0 ? null : target.threadExtraInfo(thread);
            return Reply.send(thread == 0 ? NO_THREAD : info == null ? "" : Hex.encodeText(info));
        }
        if (packet.equals("qsThreadInfo")) {
            return Reply.send("l");
        }
        if (packet.equals("qC")) {
            long thread = generalThread();
            return Reply.send(thread == 0 ? NO_THREAD : "QC" + threadId(thread, multiprocess));
        }
        if (packet.equals("qAttached") || packet.startsWith("qAttached:")) {
            // As QEMU's stub: "0" for a program the stub started (gdb kills it when it quits, as qemu-aarch64 -g),
            // "1" for a machine it attached to (gdb detaches and the machine runs on, as qemu-system -s).
            return Reply.send(target.startedForDebugger() ? "0" : "1");
        }
        if (packet.equals("qOffsets")) {
            String bias = Long.toHexString(target.loadBias());
            return Reply.send("Text=" + bias + ";Data=" + bias + ";Bss=" + bias);
        }
        if (packet.equals("qSymbol::")) {
            return Reply.send("OK");
        }
        if (packet.startsWith("qXfer:features:read:")) {
            return features(packet.substring("qXfer:features:read:".length()));
        }
        if (packet.startsWith("qRcmd,")) {
            return monitor(packet.substring(6));
        }
        return Reply.send("");
    }

    private Reply features(String args) {
        int colon = args.lastIndexOf(':');
        long[] al = colon < 0 ? null : addressLength(args.substring(colon + 1));
        if (al == null) {
            return Reply.send(BAD_SYNTAX);
        }
        if (!args.substring(0, colon).equals("target.xml")) {
            return Reply.send(BAD_SYNTAX);
        }
        byte[] xml = target.layout().targetXml().getBytes(StandardCharsets.ISO_8859_1);
        if (al[0] >= xml.length) {
            return Reply.send("l");
        }
        int length = (int) Math.min(Math.min(al[1], xml.length - al[0]), PACKET_SIZE - 1);
        boolean last = al[0] + length >= xml.length;
        return Reply.send((last ? "l" : "m") + new String(xml, (int) al[0], length, StandardCharsets.ISO_8859_1));
    }

    private Reply monitor(String hex) {
        byte[] command = Hex.decode(hex);
        if (command == null) {
            return Reply.send(BAD_SYNTAX);
        }
        String line = new String(command, StandardCharsets.ISO_8859_1).trim();
        if (line.isEmpty() || line.equals("help")) {
            StringBuilder help = new StringBuilder();
            Map<String, String> commands = new TreeMap<>(target.monitorCommands());
            commands.put("help", "this list");
            commands.forEach((name, text) -> help.append(String.format("%-10s %s%n", name, text)));
            return new Reply.Output(help.toString(), "OK");
        }
        String output = target.monitor(line);
        if (output == null) {
            return new Reply.Output("unknown monitor command '" + line + "'; try 'monitor help'\n", "OK");
        }
        return new Reply.Output(output, "OK");
    }
}
