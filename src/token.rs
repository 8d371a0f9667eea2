//! The token kinds the parser consumes (stage 2 → stage 3), CPython's C tokenizer set:
//! NAME/NUMBER/STRING, NEWLINE/INDENT/DEDENT, one kind per operator, keywords already told
//! apart from names (CPython's parser does that when it fills its token array), and
//! TYPE_COMMENT. The Python-visible numbering lives in `tokenize`.

/// A token kind. Keywords are separate kinds; soft keywords (`match`, `case`, `_`) stay `Name`.
#[allow(missing_docs)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Tok {
    EndMarker,
    Name,
    Number,
    String,
    Newline,
    Indent,
    Dedent,
    TypeComment,
    // operators
    LPar,
    RPar,
    LSqb,
    RSqb,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    VBar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    LBrace,
    RBrace,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    Circumflex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    RArrow,
    Ellipsis,
    ColonEqual,
    /// A character that is no operator (`!`, `$`, `?`, a backtick): the parser rejects it.
    ErrorOp,
    // keywords
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
}

impl Tok {
    /// The keyword kind for a NAME's text, if it is a (hard) keyword.
    pub fn keyword(text: &[u8]) -> Option<Tok> {
        use Tok::*;
        Some(match text {
            b"False" => False,
            b"None" => None,
            b"True" => True,
            b"and" => And,
            b"as" => As,
            b"assert" => Assert,
            b"async" => Async,
            b"await" => Await,
            b"break" => Break,
            b"class" => Class,
            b"continue" => Continue,
            b"def" => Def,
            b"del" => Del,
            b"elif" => Elif,
            b"else" => Else,
            b"except" => Except,
            b"finally" => Finally,
            b"for" => For,
            b"from" => From,
            b"global" => Global,
            b"if" => If,
            b"import" => Import,
            b"in" => In,
            b"is" => Is,
            b"lambda" => Lambda,
            b"nonlocal" => Nonlocal,
            b"not" => Not,
            b"or" => Or,
            b"pass" => Pass,
            b"raise" => Raise,
            b"return" => Return,
            b"try" => Try,
            b"while" => While,
            b"with" => With,
            b"yield" => Yield,
            _ => return Option::None,
        })
    }

    /// True for keywords (which the grammar treats like NAMEs in error messages).
    pub fn is_keyword(self) -> bool {
        self as u8 >= Tok::False as u8
    }

    /// The operator kind for one, two or three characters, longest match first.
    pub fn operator(s: &[u8]) -> Option<(Tok, usize)> {
        use Tok::*;
        let c0 = *s.first()?;
        let c1 = s.get(1).copied().unwrap_or(0);
        let c2 = s.get(2).copied().unwrap_or(0);
        let three = match (c0, c1, c2) {
            (b'*', b'*', b'=') => Some(DoubleStarEqual),
            (b'.', b'.', b'.') => Some(Ellipsis),
            (b'/', b'/', b'=') => Some(DoubleSlashEqual),
            (b'<', b'<', b'=') => Some(LeftShiftEqual),
            (b'>', b'>', b'=') => Some(RightShiftEqual),
            _ => Option::None,
        };
        if let Some(t) = three {
            return Some((t, 3));
        }
        let two = match (c0, c1) {
            (b'!', b'=') => Some(NotEqual),
            (b'%', b'=') => Some(PercentEqual),
            (b'&', b'=') => Some(AmperEqual),
            (b'*', b'*') => Some(DoubleStar),
            (b'*', b'=') => Some(StarEqual),
            (b'+', b'=') => Some(PlusEqual),
            (b'-', b'=') => Some(MinEqual),
            (b'-', b'>') => Some(RArrow),
            (b'/', b'/') => Some(DoubleSlash),
            (b'/', b'=') => Some(SlashEqual),
            (b':', b'=') => Some(ColonEqual),
            (b'<', b'<') => Some(LeftShift),
            (b'<', b'=') => Some(LessEqual),
            (b'<', b'>') => Some(NotEqual), // only valid under barry_as_FLUFL; the parser rejects it
            (b'=', b'=') => Some(EqEqual),
            (b'>', b'=') => Some(GreaterEqual),
            (b'>', b'>') => Some(RightShift),
            (b'@', b'=') => Some(AtEqual),
            (b'^', b'=') => Some(CircumflexEqual),
            (b'|', b'=') => Some(VBarEqual),
            _ => Option::None,
        };
        if let Some(t) = two {
            return Some((t, 2));
        }
        let one = match c0 {
            b'%' => Percent,
            b'&' => Amper,
            b'(' => LPar,
            b')' => RPar,
            b'*' => Star,
            b'+' => Plus,
            b',' => Comma,
            b'-' => Minus,
            b'.' => Dot,
            b'/' => Slash,
            b':' => Colon,
            b';' => Semi,
            b'<' => Less,
            b'=' => Equal,
            b'>' => Greater,
            b'@' => At,
            b'[' => LSqb,
            b']' => RSqb,
            b'^' => Circumflex,
            b'{' => LBrace,
            b'|' => VBar,
            b'}' => RBrace,
            b'~' => Tilde,
            _ => ErrorOp,
        };
        Some((one, 1))
    }
}

/// One token: its kind, its bytes in the source and its position. Lines are 1-based,
/// columns are 0-based UTF-8 byte offsets from the start of the line, as in the AST.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Kind.
    pub kind: Tok,
    /// Byte offset of the first byte in the source text.
    pub start: u32,
    /// Byte offset one past the last byte.
    pub end: u32,
    /// Line of the first byte.
    pub lineno: u32,
    /// Column of the first byte.
    pub col: u32,
    /// Line of the last byte.
    pub end_lineno: u32,
    /// Column one past the last byte.
    pub end_col: u32,
    /// Bracket nesting depth after this token (CPython's `tok->level`).
    pub level: u16,
}
