//! THE opcode table: the only list of opcodes. The compiler, the interpreter, `dis`, the
//! `.pyc` format and the JIT all derive from it.
//!
//! Bytecode is a sequence of 16-bit code units: the low byte is the opcode, the high byte
//! its argument (`EXTENDED_ARG` prefixes widen it). Instructions that specialize are
//! followed by `caches` CACHE units holding their inline cache (CPython 3.11's layout).
//!
//! Columns: name, `dis` name, argument kind, inline cache units, stack effect (an
//! expression of `arg` and `jump`, true when the jump is taken), flags, stack picture.
//! Stack pictures read bottom→top: `(a b -- c)` pops `b` then `a`, pushes `c`.

/// What an opcode's argument means (for `dis` and validation).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgKind {
    /// No argument (the byte is ignored).
    None,
    /// A count or a plain number.
    Count,
    /// Index into `co_consts`.
    Const,
    /// Index into `co_names`.
    Name,
    /// `co_names` index shifted left by one; low bit: also push NULL (LOAD_GLOBAL).
    GlobalName,
    /// Index into the fast locals (`co_varnames`).
    Local,
    /// Index into localsplus (cells and free variables).
    Free,
    /// Forward jump distance in code units (from the instruction after the caches).
    JumpForward,
    /// Backward jump distance in code units.
    JumpBackward,
    /// A `BINARY_OP` operator.
    BinOp,
    /// A `COMPARE_OP` operator.
    CmpOp,
    /// Other encoded flags.
    Flags,
}

/// Flag bits.
pub mod flag {
    /// May raise or run arbitrary code.
    pub const RAISES: u8 = 1;
    /// A jump (argument is a distance).
    pub const JUMP: u8 = 2;
    /// Compiler-only: replaced by the assembler.
    pub const PSEUDO: u8 = 4;
    /// A specialized form of another instruction (quickening).
    pub const SPECIALIZED: u8 = 8;
    /// Ends the basic block unconditionally (return, raise, unconditional jump).
    pub const TERMINATES: u8 = 16;
}

/// Invokes `$m!` with the whole table.
#[macro_export]
macro_rules! for_each_opcode {
    ($m:ident) => {
        $m! {
        // `arg` and `jump` name the stack-effect inputs (passed along for macro hygiene).
        @vars(arg, jump)
        //  Name                      dis name                   arg        caches effect                         flags                      doc
            (Cache,                   "CACHE",                   None,         0, 0,                                0,                         "inline cache unit: never executed"),
            (PopTop,                  "POP_TOP",                 None,         0, -1,                               0,                         "(v -- ) discard the top"),
            (PushNull,                "PUSH_NULL",               None,         0, 1,                                0,                         "( -- NULL) push a NULL (call protocol)"),
            (Nop,                     "NOP",                     None,         0, 0,                                0,                         "( -- ) do nothing"),
            (UnaryPositive,           "UNARY_POSITIVE",          None,         0, 0,                                RAISES,                    "(v -- +v)"),
            (UnaryNegative,           "UNARY_NEGATIVE",          None,         0, 0,                                RAISES,                    "(v -- -v)"),
            (UnaryNot,                "UNARY_NOT",               None,         0, 0,                                RAISES,                    "(v -- not v)"),
            (UnaryInvert,             "UNARY_INVERT",            None,         0, 0,                                RAISES,                    "(v -- ~v)"),
            (BinarySubscr,            "BINARY_SUBSCR",           None,         1, -1,                               RAISES,                    "(container key -- container[key])"),
            (StoreSubscr,             "STORE_SUBSCR",            None,         1, -3,                               RAISES,                    "(v container key -- ) container[key] = v"),
            (DeleteSubscr,            "DELETE_SUBSCR",           None,         0, -2,                               RAISES,                    "(container key -- ) del container[key]"),
            (GetLen,                  "GET_LEN",                 None,         0, 1,                                RAISES,                    "(obj -- obj len(obj))"),
            (MatchMapping,            "MATCH_MAPPING",           None,         0, 1,                                0,                         "(subject -- subject is_mapping)"),
            (MatchSequence,           "MATCH_SEQUENCE",          None,         0, 1,                                0,                         "(subject -- subject is_sequence)"),
            (MatchKeys,               "MATCH_KEYS",              None,         0, 1,                                RAISES,                    "(subject keys -- subject keys values_or_None)"),
            (PushExcInfo,             "PUSH_EXC_INFO",           None,         0, 1,                                0,                         "(exc -- prev_exc exc) make exc the handled exception"),
            (CheckExcMatch,           "CHECK_EXC_MATCH",         None,         0, 0,                                RAISES,                    "(exc type -- exc matches)"),
            (CheckEgMatch,            "CHECK_EG_MATCH",          None,         0, 0,                                RAISES,                    "(eg type -- rest match) split an exception group"),
            (WithExceptStart,         "WITH_EXCEPT_START",       None,         0, 1,                                RAISES,                    "(exit lasti prev exc -- exit lasti prev exc res) call __exit__(type, exc, tb)"),
            (GetAiter,                "GET_AITER",               None,         0, 0,                                RAISES,                    "(obj -- aiter)"),
            (GetAnext,                "GET_ANEXT",               None,         0, 1,                                RAISES,                    "(aiter -- aiter awaitable)"),
            (BeforeAsyncWith,         "BEFORE_ASYNC_WITH",       None,         0, 1,                                RAISES,                    "(mgr -- aexit awaitable)"),
            (BeforeWith,              "BEFORE_WITH",             None,         0, 1,                                RAISES,                    "(mgr -- exit enter_result)"),
            (EndAsyncFor,             "END_ASYNC_FOR",           None,         0, -2,                               RAISES,                    "(aiter exc -- ) end an async for on StopAsyncIteration"),
            (GetIter,                 "GET_ITER",                None,         0, 0,                                RAISES,                    "(iterable -- iter)"),
            (GetYieldFromIter,        "GET_YIELD_FROM_ITER",     None,         0, 0,                                RAISES,                    "(iterable -- iter) iter() unless a generator/coroutine"),
            (PrintExpr,               "PRINT_EXPR",              None,         0, -1,                               RAISES,                    "(v -- ) sys.displayhook(v) (interactive)"),
            (LoadBuildClass,          "LOAD_BUILD_CLASS",        None,         0, 1,                                RAISES,                    "( -- __build_class__)"),
            (LoadAssertionError,      "LOAD_ASSERTION_ERROR",    None,         0, 1,                                0,                         "( -- AssertionError)"),
            (ReturnGenerator,         "RETURN_GENERATOR",        None,         0, 0,                                RAISES,                    "( -- ) turn this frame into a generator and return it"),
            (ListToTuple,             "LIST_TO_TUPLE",           None,         0, 0,                                0,                         "(list -- tuple)"),
            (ReturnValue,             "RETURN_VALUE",            None,         0, -1,                               TERMINATES,                "(v -- ) return v to the caller"),
            (ImportStar,              "IMPORT_STAR",             None,         0, -1,                               RAISES,                    "(module -- ) from module import *"),
            (SetupAnnotations,        "SETUP_ANNOTATIONS",       None,         0, 0,                                RAISES,                    "( -- ) create __annotations__ if missing"),
            (YieldValue,              "YIELD_VALUE",             None,         0, 0,                                0,                         "(v -- sent) suspend, yielding v"),
            (AsyncGenWrap,            "ASYNC_GEN_WRAP",          None,         0, 0,                                0,                         "(v -- wrapped) mark a value yielded by an async generator"),
            (PrepReraiseStar,         "PREP_RERAISE_STAR",       None,         0, -1,                               RAISES,                    "(orig excs -- exc_or_None)"),
            (PopExcept,               "POP_EXCEPT",              None,         0, -1,                               0,                         "(prev_exc -- ) restore the handled exception"),
            (StoreName,               "STORE_NAME",              Name,         0, -1,                               RAISES,                    "(v -- ) locals[name] = v"),
            (DeleteName,              "DELETE_NAME",             Name,         0, 0,                                RAISES,                    "( -- ) del locals[name]"),
            (UnpackSequence,          "UNPACK_SEQUENCE",         Count,        1, arg as i32 - 1,                   RAISES,                    "(seq -- v[n-1] .. v[0])"),
            (ForIter,                 "FOR_ITER",                JumpForward,  1, if jump { -1 } else { 1 },        RAISES | JUMP,             "(iter -- iter next) or (iter -- ) and jump when exhausted"),
            (UnpackEx,                "UNPACK_EX",               Count,        0, (arg & 0xff) as i32 + (arg >> 8) as i32, RAISES,            "(seq -- after.. list before..) star unpacking"),
            (StoreAttr,               "STORE_ATTR",              Name,         4, -2,                               RAISES,                    "(v obj -- ) obj.name = v"),
            (DeleteAttr,              "DELETE_ATTR",             Name,         0, -1,                               RAISES,                    "(obj -- ) del obj.name"),
            (StoreGlobal,             "STORE_GLOBAL",            Name,         0, -1,                               RAISES,                    "(v -- ) globals[name] = v"),
            (DeleteGlobal,            "DELETE_GLOBAL",           Name,         0, 0,                                RAISES,                    "( -- ) del globals[name]"),
            (Swap,                    "SWAP",                    Count,        0, 0,                                0,                         "(... a .. b -- ... b .. a) swap top with stack[-n]"),
            (LoadConst,               "LOAD_CONST",              Const,        0, 1,                                0,                         "( -- consts[i])"),
            (LoadName,                "LOAD_NAME",               Name,         0, 1,                                RAISES,                    "( -- v) locals, then globals, then builtins"),
            (BuildTuple,              "BUILD_TUPLE",             Count,        0, 1 - arg as i32,                   0,                         "(items[n] -- tuple)"),
            (BuildList,               "BUILD_LIST",              Count,        0, 1 - arg as i32,                   0,                         "(items[n] -- list)"),
            (BuildSet,                "BUILD_SET",               Count,        0, 1 - arg as i32,                   RAISES,                    "(items[n] -- set)"),
            (BuildMap,                "BUILD_MAP",               Count,        0, 1 - 2 * arg as i32,               RAISES,                    "(k v pairs[n] -- dict)"),
            (LoadAttr,                "LOAD_ATTR",               Name,         4, 0,                                RAISES,                    "(obj -- obj.name)"),
            (CompareOp,               "COMPARE_OP",              CmpOp,        1, -1,                               RAISES,                    "(a b -- a <op> b)"),
            (ImportName,              "IMPORT_NAME",             Name,         0, -1,                               RAISES,                    "(level fromlist -- module)"),
            (ImportFrom,              "IMPORT_FROM",             Name,         0, 1,                                RAISES,                    "(module -- module module.name)"),
            (JumpForward,             "JUMP_FORWARD",            JumpForward,  0, 0,                                JUMP | TERMINATES,         "( -- ) jump forward"),
            (JumpIfFalseOrPop,        "JUMP_IF_FALSE_OR_POP",    JumpForward,  0, if jump { 0 } else { -1 },        RAISES | JUMP,             "(v -- v) jump if false, else pop"),
            (JumpIfTrueOrPop,         "JUMP_IF_TRUE_OR_POP",     JumpForward,  0, if jump { 0 } else { -1 },        RAISES | JUMP,             "(v -- v) jump if true, else pop"),
            (PopJumpIfFalse,          "POP_JUMP_IF_FALSE",       JumpForward,  0, -1,                               RAISES | JUMP,             "(v -- ) jump forward if false"),
            (PopJumpIfTrue,           "POP_JUMP_IF_TRUE",        JumpForward,  0, -1,                               RAISES | JUMP,             "(v -- ) jump forward if true"),
            (LoadGlobal,              "LOAD_GLOBAL",             GlobalName,   5, 1 + (arg & 1) as i32,             RAISES,                    "( -- [NULL] v) globals, then builtins"),
            (IsOp,                    "IS_OP",                   Flags,        0, -1,                               0,                         "(a b -- a is b) (arg 1: is not)"),
            (ContainsOp,              "CONTAINS_OP",             Flags,        0, -1,                               RAISES,                    "(a b -- a in b) (arg 1: not in)"),
            (Reraise,                 "RERAISE",                 Flags,        0, -1,                               RAISES | TERMINATES,       "(exc -- ) re-raise (arg 1: restore lasti from below)"),
            (Copy,                    "COPY",                    Count,        0, 1,                                0,                         "(... v .. -- ... v .. v) push a copy of stack[-n]"),
            (BinaryOp,                "BINARY_OP",               BinOp,        1, -1,                               RAISES,                    "(a b -- a <op> b)"),
            (Send,                    "SEND",                    JumpForward,  0, if jump { -1 } else { 0 },        RAISES | JUMP,             "(receiver v -- receiver yielded) send v; when it returns, (receiver v -- retval) and jump"),
            (LoadFast,                "LOAD_FAST",               Local,        0, 1,                                RAISES,                    "( -- locals[i]) UnboundLocalError if unbound"),
            (StoreFast,               "STORE_FAST",              Local,        0, -1,                               0,                         "(v -- ) locals[i] = v"),
            (DeleteFast,              "DELETE_FAST",             Local,        0, 0,                                RAISES,                    "( -- ) del locals[i]"),
            (PopJumpIfNotNone,        "POP_JUMP_IF_NOT_NONE",    JumpForward,  0, -1,                               JUMP,                      "(v -- ) jump forward if v is not None"),
            (PopJumpIfNone,           "POP_JUMP_IF_NONE",        JumpForward,  0, -1,                               JUMP,                      "(v -- ) jump forward if v is None"),
            (RaiseVarargs,            "RAISE_VARARGS",           Count,        0, -(arg as i32),                    RAISES | TERMINATES,       "(exc [cause] -- ) raise"),
            (MakeFunction,            "MAKE_FUNCTION",           Flags,        0, -(((arg & 1) + ((arg >> 1) & 1) + ((arg >> 2) & 1) + ((arg >> 3) & 1)) as i32), 0, "(defaults? kwdefaults? annotations? closure? code -- fn)"),
            (BuildSlice,              "BUILD_SLICE",             Count,        0, 1 - arg as i32,                   RAISES,                    "(start stop [step] -- slice)"),
            (JumpBackwardNoInterrupt, "JUMP_BACKWARD_NO_INTERRUPT", JumpBackward, 0, 0,                             JUMP | TERMINATES,         "( -- ) jump backward without checking the eval breaker"),
            (MakeCell,                "MAKE_CELL",               Free,         0, 0,                                0,                         "( -- ) wrap localsplus[i] in a new cell"),
            (LoadClosure,             "LOAD_CLOSURE",            Free,         0, 1,                                0,                         "( -- cell) push the cell itself"),
            (LoadDeref,               "LOAD_DEREF",              Free,         0, 1,                                RAISES,                    "( -- cell.contents)"),
            (StoreDeref,              "STORE_DEREF",             Free,         0, -1,                               0,                         "(v -- ) cell.contents = v"),
            (DeleteDeref,             "DELETE_DEREF",            Free,         0, 0,                                RAISES,                    "( -- ) clear the cell"),
            (JumpBackward,            "JUMP_BACKWARD",           JumpBackward, 0, 0,                                RAISES | JUMP | TERMINATES, "( -- ) jump backward (loop), checking the eval breaker"),
            (CallFunctionEx,          "CALL_FUNCTION_EX",        Flags,        0, -2 - (arg & 1) as i32,            RAISES,                    "(NULL f args [kwargs] -- res)"),
            (ExtendedArg,             "EXTENDED_ARG",            Count,        0, 0,                                0,                         "prefix: widen the next argument by 8 bits"),
            (ListAppend,              "LIST_APPEND",             Count,        0, -1,                               0,                         "(list .. v -- list ..) stack[-n].append(v)"),
            (SetAdd,                  "SET_ADD",                 Count,        0, -1,                               RAISES,                    "(set .. v -- set ..)"),
            (MapAdd,                  "MAP_ADD",                 Count,        0, -2,                               RAISES,                    "(dict .. k v -- dict ..)"),
            (LoadClassderef,          "LOAD_CLASSDEREF",         Free,         0, 1,                                RAISES,                    "( -- v) class namespace, then the cell"),
            (CopyFreeVars,            "COPY_FREE_VARS",          Count,        0, 0,                                0,                         "( -- ) copy the closure cells into localsplus"),
            (Resume,                  "RESUME",                  Count,        0, 0,                                RAISES,                    "( -- ) function entry / resumption: count, check the eval breaker"),
            (MatchClass,              "MATCH_CLASS",             Count,        0, -2,                               RAISES,                    "(subject cls names -- attrs_or_None)"),
            (FormatValue,             "FORMAT_VALUE",            Flags,        0, -(((arg & 4) >> 2) as i32),       RAISES,                    "(v [spec] -- str) f-string field (conversion in arg & 3)"),
            (BuildConstKeyMap,        "BUILD_CONST_KEY_MAP",     Count,        0, -(arg as i32),                    RAISES,                    "(values[n] keys -- dict)"),
            (BuildString,             "BUILD_STRING",            Count,        0, 1 - arg as i32,                   0,                         "(strs[n] -- str)"),
            (LoadMethod,              "LOAD_METHOD",             Name,         7, 1,                                RAISES,                    "(obj -- meth self) or (obj -- NULL attr)"),
            (ListExtend,              "LIST_EXTEND",             Count,        0, -1,                               RAISES,                    "(list .. it -- list ..)"),
            (SetUpdate,               "SET_UPDATE",              Count,        0, -1,                               RAISES,                    "(set .. it -- set ..)"),
            (DictMerge,               "DICT_MERGE",              Count,        0, -1,                               RAISES,                    "(dict .. m -- dict ..) for **m in calls (duplicate keys raise)"),
            (DictUpdate,              "DICT_UPDATE",             Count,        0, -1,                               RAISES,                    "(dict .. m -- dict ..) for {**m}"),
            (Call,                    "CALL",                    Count,        3, -1 - arg as i32,                  RAISES,                    "(NULL|meth callable|self args[n] -- res)"),
            (KwNames,                 "KW_NAMES",                Const,        0, 0,                                0,                         "( -- ) the next CALL's keyword names: consts[i]"),
            (GetAwaitable,            "GET_AWAITABLE",           Count,        0, 0,                                RAISES,                    "(v -- awaitable)"),
            // ----- specialized forms (quickening); never emitted by the compiler -----
            (BinaryOpAddInt,          "BINARY_OP_ADD_INT",       BinOp,        1, -1,                               RAISES | SPECIALIZED,      "(a b -- a+b) small ints"),
            (BinaryOpSubtractInt,     "BINARY_OP_SUBTRACT_INT",  BinOp,        1, -1,                               RAISES | SPECIALIZED,      "(a b -- a-b) small ints"),
            (BinaryOpMultiplyInt,     "BINARY_OP_MULTIPLY_INT",  BinOp,        1, -1,                               RAISES | SPECIALIZED,      "(a b -- a*b) small ints"),
            (BinaryOpAddFloat,        "BINARY_OP_ADD_FLOAT",     BinOp,        1, -1,                               RAISES | SPECIALIZED,      "(a b -- a+b) floats"),
            (BinaryOpSubtractFloat,   "BINARY_OP_SUBTRACT_FLOAT", BinOp,       1, -1,                               RAISES | SPECIALIZED,      "(a b -- a-b) floats"),
            (BinaryOpMultiplyFloat,   "BINARY_OP_MULTIPLY_FLOAT", BinOp,       1, -1,                               RAISES | SPECIALIZED,      "(a b -- a*b) floats"),
            (BinaryOpAddUnicode,      "BINARY_OP_ADD_UNICODE",   BinOp,        1, -1,                               RAISES | SPECIALIZED,      "(a b -- a+b) strs"),
            (BinaryOpIntOther,        "BINARY_OP_INT",           BinOp,        1, -1,                               RAISES | SPECIALIZED,      "(a b -- a<op>b) small ints, any other operator"),
            (BinaryOpFloatOther,      "BINARY_OP_FLOAT",         BinOp,        1, -1,                               RAISES | SPECIALIZED,      "(a b -- a<op>b) floats (or int/float mixes), any operator"),
            (CompareOpInt,            "COMPARE_OP_INT",          CmpOp,        1, -1,                               RAISES | SPECIALIZED,      "(a b -- bool) small ints"),
            (CompareOpFloat,          "COMPARE_OP_FLOAT",        CmpOp,        1, -1,                               RAISES | SPECIALIZED,      "(a b -- bool) floats"),
            (CompareOpStr,            "COMPARE_OP_STR",          CmpOp,        1, -1,                               RAISES | SPECIALIZED,      "(a b -- bool) strs"),
            (BinarySubscrListInt,     "BINARY_SUBSCR_LIST_INT",  None,         1, -1,                               RAISES | SPECIALIZED,      "(list i -- list[i])"),
            (BinarySubscrTupleInt,    "BINARY_SUBSCR_TUPLE_INT", None,         1, -1,                               RAISES | SPECIALIZED,      "(tuple i -- tuple[i])"),
            (BinarySubscrDict,        "BINARY_SUBSCR_DICT",      None,         1, -1,                               RAISES | SPECIALIZED,      "(dict k -- dict[k])"),
            (StoreSubscrListInt,      "STORE_SUBSCR_LIST_INT",   None,         1, -3,                               RAISES | SPECIALIZED,      "(v list i -- )"),
            (StoreSubscrDict,         "STORE_SUBSCR_DICT",       None,         1, -3,                               RAISES | SPECIALIZED,      "(v dict k -- )"),
            (LoadGlobalModule,        "LOAD_GLOBAL_MODULE",      GlobalName,   5, 1 + (arg & 1) as i32,             RAISES | SPECIALIZED,      "( -- [NULL] v) cached globals entry"),
            (LoadGlobalBuiltin,       "LOAD_GLOBAL_BUILTIN",     GlobalName,   5, 1 + (arg & 1) as i32,             RAISES | SPECIALIZED,      "( -- [NULL] v) cached builtins entry"),
            (LoadAttrInstanceValue,   "LOAD_ATTR_INSTANCE_VALUE", Name,        4, 0,                                RAISES | SPECIALIZED,      "(obj -- v) cached instance slot"),
            (LoadAttrModule,          "LOAD_ATTR_MODULE",        Name,         4, 0,                                RAISES | SPECIALIZED,      "(module -- v) cached module dict entry"),
            (LoadAttrClass,           "LOAD_ATTR_CLASS",         Name,         4, 0,                                RAISES | SPECIALIZED,      "(obj -- v) cached class attribute (no descriptor)"),
            (StoreAttrInstanceValue,  "STORE_ATTR_INSTANCE_VALUE", Name,       4, -2,                               RAISES | SPECIALIZED,      "(v obj -- ) cached instance slot"),
            (LoadMethodWithValues,    "LOAD_METHOD_WITH_VALUES", Name,         7, 1,                                RAISES | SPECIALIZED,      "(obj -- meth self) cached method of an instance's class"),
            (LoadMethodNoDict,        "LOAD_METHOD_NO_DICT",     Name,         7, 1,                                RAISES | SPECIALIZED,      "(obj -- meth self) cached method of a builtin type"),
            (LoadMethodModule,        "LOAD_METHOD_MODULE",      Name,         7, 1,                                RAISES | SPECIALIZED,      "(module -- NULL attr) cached module function"),
            (CallPyExactArgs,         "CALL_PY_EXACT_ARGS",      Count,        3, -1 - arg as i32,                  RAISES | SPECIALIZED,      "(NULL|meth f args -- res) Python function, exact positional args"),
            (CallBuiltin,             "CALL_BUILTIN",            Count,        3, -1 - arg as i32,                  RAISES | SPECIALIZED,      "(NULL|meth f args -- res) native function or method"),
            (CallType,                "CALL_TYPE",               Count,        3, -1 - arg as i32,                  RAISES | SPECIALIZED,      "(NULL cls args -- obj) instantiate a class"),
            (ForIterRange,            "FOR_ITER_RANGE",          JumpForward,  1, if jump { -1 } else { 1 },        RAISES | JUMP | SPECIALIZED, "(range_iter -- range_iter i)"),
            (ForIterList,             "FOR_ITER_LIST",           JumpForward,  1, if jump { -1 } else { 1 },        RAISES | JUMP | SPECIALIZED, "(list_iter -- list_iter v)"),
            (UnpackSequenceTwoTuple,  "UNPACK_SEQUENCE_TWO_TUPLE", Count,      1, arg as i32 - 1,                   RAISES | SPECIALIZED,      "(tuple2 -- b a)"),
            (LoadFastLoadFast,        "LOAD_FAST__LOAD_FAST",    Local,        0, 1,                                RAISES | SPECIALIZED,      "( -- a b) superinstruction: this LOAD_FAST and the next"),
            (LoadFastLoadConst,       "LOAD_FAST__LOAD_CONST",   Local,        0, 1,                                RAISES | SPECIALIZED,      "( -- a c) superinstruction: this LOAD_FAST and the next LOAD_CONST"),
            (LoadConstLoadFast,       "LOAD_CONST__LOAD_FAST",   Const,        0, 1,                                RAISES | SPECIALIZED,      "( -- c a) superinstruction: this LOAD_CONST and the next LOAD_FAST"),
            (StoreFastLoadFast,       "STORE_FAST__LOAD_FAST",   Local,        0, -1,                               RAISES | SPECIALIZED,      "(v -- a) superinstruction: this STORE_FAST and the next LOAD_FAST"),
            (StoreFastStoreFast,      "STORE_FAST__STORE_FAST",  Local,        0, -1,                               SPECIALIZED,               "(b a -- ) superinstruction: this STORE_FAST and the next"),
            // ----- compiler-only pseudo instructions (removed by the assembler) -----
            (SetupFinally,            "SETUP_FINALLY",           JumpForward,  0, if jump { 1 } else { 0 },         PSEUDO | JUMP,             "protect the following block: exc at depth"),
            (SetupCleanup,            "SETUP_CLEANUP",           JumpForward,  0, if jump { 2 } else { 0 },         PSEUDO | JUMP,             "protect with lasti + exc pushed"),
            (SetupWith,               "SETUP_WITH",              JumpForward,  0, if jump { 1 } else { 0 },         PSEUDO | JUMP,             "protect a with-body"),
            (PopBlock,                "POP_BLOCK",               None,         0, 0,                                PSEUDO,                    "end of a protected block"),
            (Jump,                    "JUMP",                    JumpForward,  0, 0,                                PSEUDO | JUMP | TERMINATES, "unconditional jump, direction resolved by the assembler"),
            (JumpNoInterrupt,         "JUMP_NO_INTERRUPT",       JumpForward,  0, 0,                                PSEUDO | JUMP | TERMINATES, "jump without eval-breaker check"),
        }
    };
}

macro_rules! define_opcodes {
    (@vars($argv:ident, $jumpv:ident) $(($name:ident, $dis:literal, $arg:ident, $caches:expr, $effect:expr, $flags:expr, $doc:literal)),* $(,)?) => {
        /// Every opcode (see the table above for meanings).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Opcode { $(#[doc = $doc] $name,)* }

        /// Number of opcodes.
        pub const N_OPCODES: usize = [$(Opcode::$name),*].len();

        impl Opcode {
            /// All opcodes, by number.
            pub const ALL: [Opcode; N_OPCODES] = [$(Opcode::$name),*];

            /// The opcode with number `b` (validated).
            #[inline(always)]
            pub fn from_u8(b: u8) -> Option<Opcode> {
                Self::ALL.get(b as usize).copied()
            }

            /// The `dis` name (CPython's where semantics match).
            pub fn name(self) -> &'static str {
                match self { $(Opcode::$name => $dis,)* }
            }

            /// The argument kind.
            pub fn arg_kind(self) -> ArgKind {
                match self { $(Opcode::$name => ArgKind::$arg,)* }
            }

            /// Number of inline cache units after the instruction.
            #[inline(always)]
            pub fn caches(self) -> usize {
                match self { $(Opcode::$name => $caches,)* }
            }

            /// Net stack effect for argument `arg`; `jump` selects the taken branch.
            #[allow(unused_variables, clippy::unnecessary_cast)]
            pub fn stack_effect(self, $argv: u32, $jumpv: bool) -> i32 {
                use self::flag::*;
                let _ = (RAISES, JUMP);
                match self { $(Opcode::$name => $effect,)* }
            }

            /// Flag bits (`flag::*`).
            pub fn flags(self) -> u8 {
                #[allow(unused_imports)]
                use self::flag::*;
                match self { $(Opcode::$name => $flags,)* }
            }

            /// The stack picture and meaning.
            pub fn doc(self) -> &'static str {
                match self { $(Opcode::$name => $doc,)* }
            }

            /// Compiler-only.
            pub fn is_pseudo(self) -> bool { self.flags() & flag::PSEUDO != 0 }
            /// A jump.
            pub fn is_jump(self) -> bool { self.flags() & flag::JUMP != 0 }
            /// A specialized form.
            pub fn is_specialized(self) -> bool { self.flags() & flag::SPECIALIZED != 0 }
            /// Ends the block unconditionally.
            pub fn terminates(self) -> bool { self.flags() & flag::TERMINATES != 0 }
        }
    };
}

for_each_opcode!(define_opcodes);

impl Opcode {
    /// The unspecialized instruction a specialized one came from (`self` otherwise).
    pub fn deopt(self) -> Opcode {
        use Opcode::*;
        match self {
            BinaryOpAddInt | BinaryOpSubtractInt | BinaryOpMultiplyInt | BinaryOpAddFloat | BinaryOpSubtractFloat
            | BinaryOpMultiplyFloat | BinaryOpAddUnicode | BinaryOpIntOther | BinaryOpFloatOther => BinaryOp,
            CompareOpInt | CompareOpFloat | CompareOpStr => CompareOp,
            BinarySubscrListInt | BinarySubscrTupleInt | BinarySubscrDict => BinarySubscr,
            StoreSubscrListInt | StoreSubscrDict => StoreSubscr,
            LoadGlobalModule | LoadGlobalBuiltin => LoadGlobal,
            LoadAttrInstanceValue | LoadAttrModule | LoadAttrClass => LoadAttr,
            StoreAttrInstanceValue => StoreAttr,
            LoadMethodWithValues | LoadMethodNoDict | LoadMethodModule => LoadMethod,
            CallPyExactArgs | CallBuiltin | CallType => Call,
            ForIterRange | ForIterList => ForIter,
            UnpackSequenceTwoTuple => UnpackSequence,
            LoadFastLoadFast | LoadFastLoadConst => LoadFast,
            LoadConstLoadFast => LoadConst,
            StoreFastLoadFast | StoreFastStoreFast => StoreFast,
            other => other,
        }
    }

    /// Looks an opcode up by its `dis` name.
    pub fn from_name(name: &str) -> Option<Opcode> {
        Self::ALL.iter().copied().find(|o| o.name() == name)
    }
}

/// `co_flags` bits (CPython's values).
pub mod co_flags {
    /// Fast locals.
    pub const OPTIMIZED: u32 = 0x1;
    /// New locals dict per call.
    pub const NEWLOCALS: u32 = 0x2;
    /// `*args`.
    pub const VARARGS: u32 = 0x4;
    /// `**kwargs`.
    pub const VARKEYWORDS: u32 = 0x8;
    /// Nested function.
    pub const NESTED: u32 = 0x10;
    /// Generator.
    pub const GENERATOR: u32 = 0x20;
    /// No free or cell variables.
    pub const NOFREE: u32 = 0x40;
    /// Coroutine.
    pub const COROUTINE: u32 = 0x80;
    /// Iterable coroutine.
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    /// Async generator.
    pub const ASYNC_GENERATOR: u32 = 0x200;
}

/// Kinds of localsplus slots (`co_localspluskinds`).
pub mod local_kind {
    /// A fast local (argument or variable).
    pub const LOCAL: u8 = 0x20;
    /// A cell (captured by an inner function).
    pub const CELL: u8 = 0x40;
    /// A free variable (from an enclosing function).
    pub const FREE: u8 = 0x80;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_consistent() {
        assert!(N_OPCODES <= 256);
        for (i, op) in Opcode::ALL.iter().enumerate() {
            assert_eq!(*op as usize, i);
            assert_eq!(Opcode::from_u8(i as u8), Some(*op));
            assert_eq!(Opcode::from_name(op.name()), Some(*op), "duplicate dis name {}", op.name());
            let d = op.deopt();
            assert!(!d.is_specialized(), "{} deopts to a specialized op", op.name());
            if op.is_specialized() {
                assert_eq!(op.caches(), d.caches(), "{} must keep its base's cache size", op.name());
            }
        }
        assert_eq!(Opcode::BuildTuple.stack_effect(3, false), -2);
        assert_eq!(Opcode::ForIter.stack_effect(0, true), -1);
        assert_eq!(Opcode::LoadGlobal.stack_effect(1, false), 2);
    }
}
