/// What a draft gets when nobody asked for something else, in one table: the slideshow
/// builders, the prompt's draft editor, the renderers (for keys a draft leaves out) and the
/// `reel` tool's help all read it.
public enum DraftDefaults {
    /// Output size and frame rate: 1920×1080 at 30 fps.
    public static let profile = OutputProfile(width: 1920, height: 1080, fps: 30)
    /// How long each photo shows, ms, including its transitions.
    public static let slideMs = 3000
    /// The transition between photos.
    public static let transition: TransitionKind = .crossfade
    /// How long a transition lasts, ms.
    public static let transitionMs = 500
    /// The longest a video clip plays, ms; a longer clip plays its first part.
    public static let clipMaxMs = 10_000
    /// How long an opening title shows, ms.
    public static let titleMs = 3000

    /// Background music's volume, 0…1 ("BGM at 35%").
    public static let musicVolume = 0.35
    /// Music fade-in at the start of the video, ms (`fi`).
    public static let musicFadeInMs = 1000
    /// Music fade-out ending with the video, ms (`fo`).
    public static let musicFadeOutMs = 2000
    /// Whether music shorter than its segment plays again until the segment ends (`loop`).
    public static let musicLoops = true
    /// How long consecutive songs overlap, crossfading, ms.
    public static let songCrossfadeMs = 1000
}
