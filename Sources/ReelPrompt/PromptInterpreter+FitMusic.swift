import Foundation

/// The video as long as its music: "make it as long as the song", "match the music length",
/// "fit the video to the song", "end when the song ends", "for the whole song", 视频跟音乐一样长,
/// 按歌的长度, 音乐放完视频就结束. Read before the music words, so "song" is not taken as a
/// request for background music alone, and before the lengths, so a length said elsewhere in
/// the request meets it in the "length" slot (the later wins, as for any two lengths).
extension PromptInterpreter {
    /// The music, as people name it (or a music file given in the request).
    private static let tune = #"(?:(?:the|my|this|that|our|your|its)\s+)?(?:background\s+|whole\s+|entire\s+|full\s+)?(?:(?:music|songs?|track|soundtrack|audio|bgm|tune)\b|«f[a-z]+»)"#
    /// 音乐, 歌, 这首歌…
    private static let tuneZh = #"(?:这首|那首|这段|整首)?(?:背景音乐|音乐|歌曲|歌|配乐|bgm|曲子)"#

    /// " gets good", " kicks in", " really starts": the music getting going, right after "ends as the song".
    private static let songPicksUp = Pattern(#"^\s+(?:(?:just|finally|really|actually)\s+)?(?:gets?\s+(?:good|going|interesting|better|to\s+the\s+(?:good|best)\s+(?:part|bit))|getting\s+good|picks?\s+up|kicks?\s+in|builds?(?:\s+up)?|starts?\s+(?:building|to\s+build|getting|to\s+get)|drops|hits\s+the\s+(?:chorus|drop|good\s+part))\b"#)

    static let fitMusicRules: [Rule] = [
        Rule(
            // "as long as the song", "the same length as the music", "exactly as long as song.mp3 is"
            #"\b(?:just\s+|exactly\s+|about\s+)?(?:as\s+long\s+as|(?:the\s+)?same\s+(?:length|duration)\s+as|equal\s+in\s+length\s+to)\s+"# + tune + #"(?:\s+(?:is|lasts|goes|runs|plays)\b)?"#
            // "the length of the song", "match the duration of the music"
            + #"|\b(?:(?:match(?:es|ing)?|fit(?:s|ting)?|follow|use|to)\s+)?(?:the\s+)?(?:full\s+|whole\s+|entire\s+)?(?:length|duration|runtime)\s+of\s+"# + tune
            // "fit the video to the song", "trim it to the music", "match its length to the song", "fit-to-music"
            + #"|\b(?:fit(?:s|ted|ting)?|match(?:es|ed|ing)?|size|trim|adjust|set)(?:\s+|-)(?:(?:it|the\s+(?:video|slideshow|reel|movie|photos|pictures|pics|length|duration|runtime)|everything|the\s+whole\s+thing|its\s+(?:length|duration))\s+)?(?:to|with)(?:\s+|-)"# + tune + #"(?:'s|s')?(?:\s+(?:length|duration|runtime)\b)?"#
            // "match the music length", "match the song's duration"
            + #"|\b(?:fit(?:s|ting)?|match(?:es|ed|ing)?|follow(?:s|ing)?|use|same\s+as)\s+"# + tune + #"(?:'s|s')?\s+(?:length|duration|runtime)\b"#
            // "length = song length", "video length should match the song", "sync the video length to the song"
            + #"|\b(?:(?:sync|match|fit|set|tie|align|adjust)\s+)?(?:(?:the|its)\s+)?(?:(?:video|total)\s+)?(?:length|duration|runtime)\s*(?:should|must|needs?\s+to|has\s+to)?\s*(?:be\s+)?(?:=|:|match(?:es|ing)?|equal(?:s|\s+to)?|(?:the\s+)?same\s+as|follows?|(?:sync(?:ed)?|matched|set|fitted|tied)\s+(?:to|with)|to)\s*"# + tune + #"(?:'s|s')?(?:\s+(?:length|duration|runtime)\b)?"#
            // "make it song length", "a music-length video"
            + #"|\b(?:music|song|track|soundtrack|bgm|tune)(?:'s|s')?[- ](?:length|duration|runtime)\b"#
            // "end when the song ends", "stop with the music", "finish as the track runs out"
            + #"|\b(?:end|ends|ending|stop|stops|finish|finishes|wrap\s+up)\s+(?:(?:it|the\s+video|the\s+slideshow)\s+)?(?:right\s+|exactly\s+|just\s+)?(?:when|where|as|with|at\s+the\s+end\s+of)\s+"# + tune + #"(?:\s+(?:ends|stops|finishes|does|is\s+over|is\s+done|runs\s+out|fades\s+out)\b)?"#
            // "until the song ends", "for the whole song", "play the entire track"
            + #"|\b(?:until|till|til)\s+"# + tune + #"\s+(?:ends|stops|finishes|is\s+over|is\s+done|runs\s+out)\b|\b(?:for|over|play|use)\s+(?:the\s+)?(?:whole|entire|full)\s+(?:music|song|track|soundtrack|tune)\b"#
            // 视频跟音乐一样长, 和歌曲的时长一致, 时长与音乐相同
            + #"|(?:跟|和|与|同)\s*"# + tuneZh + #"\s*(?:的)?(?:长度|时长|长短)?\s*(?:一样|一般|同样|相同|差不多)\s*长|(?:长度|时长|长短)\s*(?:要|就|都)?\s*(?:跟|和|与|同)\s*"# + tuneZh + #"\s*(?:的)?(?:长度|时长|长短)?\s*(?:一样|一致|相同|对齐|匹配|同步)|(?:跟|和|与|同)\s*"# + tuneZh + #"\s*(?:的)?(?:长度|时长)\s*(?:一样|一致|相同|对齐|匹配|同步)"#
            // 按歌的长度, 根据音乐时长, 以音乐长度为准, 配合背景音乐的时长
            + #"|(?:按|按照|根据|依照|依|跟着|随着|配合|适配|匹配|对齐|以)\s*"# + tuneZh + #"\s*(?:的)?\s*(?:长度|时长|长短)(?:为准|来定|来做|来|走)?"#
            // 时长按照bgm来, 长度就看音乐
            + #"|(?:长度|时长|长短)\s*(?:就|要)?\s*(?:按|按照|根据|依照|跟着|随着|配合|以|看)\s*"# + tuneZh + #"\s*(?:的)?(?:长度|时长)?(?:为准|来定|来|走|定)?"#
            // 音乐结束视频就结束, 歌放完就停, 音乐多长视频就多长, 做成音乐的长度
            + #"|"# + tuneZh + #"\s*(?:结束|停|放完|播完|完了|停了)\s*(?:的时候|时)?\s*(?:视频|片子)?\s*(?:就|也)?\s*(?:结束|停|完)|"# + tuneZh + #"\s*多长\s*(?:视频|片子)?\s*(?:就)?\s*(?:做)?多长|(?:设为|设成|调成|改成|做成|变成|设置为)\s*"# + tuneZh + #"\s*(?:的)?(?:长度|时长)"#
        ) { m, p in
            // "it ends just as the song gets good", "stops right when the music kicks in": a complaint that the
            // video ends too soon, not a wish to end with the music
            // (taken with the words after it, so "song" is not read as a wish for music)
            let end = m.range.location + m.range.length
            if let up = songPicksUp.firstMatch(in: (p.text as NSString).substring(from: end)) {
                var f = Found().notNegatable
                f.claims.append(NSRange(location: end, length: up.range.length))
                return f
            }
            // "as long as song.mp3": that file is the music too
            let w = m.text
            let file = w.range(of: "«f").flatMap { r in w[r.lowerBound...].firstIndex(of: "»").flatMap { p.file(String(w[r.lowerBound...$0])) } }
            if let file, PromptText.audioExtensions.contains((file as NSString).pathExtension.lowercased()) {
                return Found(.fitToMusic, .music(source: file))
            }
            return Found(.fitToMusic)
        }.needing(["long", "length", "duration", "runtime", "end", "stop", "finish", "wrap", "until", "till", "til", "whole", "entire", "full", "fit",
                   "长", "结束", "停", "完"],
                  // every branch names the music (``tune``, ``tuneZh``)
                  and: ["music", "song", "track", "audio", "bgm", "tune", "«f", "歌", "音乐", "配乐", "曲子"]),
    ]
}
