# Runs tests/bundle/icu_probe.py inside the frozen app's own interpreter (its PySide6, Qt and ICU), the
# moment the app's Python is about to finish: `ICU_PROBE=... ICU_PROBE_OUT=... gdb -batch -x THIS --args
# dist/Facilitator/Facilitator --version`.  The bundle carries no hook for running other code.
set breakpoint pending on
set confirm off
set pagination off
break Py_FinalizeEx
run
call ((int (*)(const char *, void *)) PyRun_SimpleStringFlags)("import os; exec(compile(open(os.environ['ICU_PROBE']).read(), 'icu_probe.py', 'exec'))", 0)
continue
