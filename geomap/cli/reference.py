"""The command reference (``docs/cli.md``), written from the click commands themselves so that it
cannot drift from them: ``python -m geomap.cli.reference > docs/cli.md``."""

from __future__ import annotations

import inspect

import click

from geomap.cli.app import main


def _option_row(param: click.Option, ctx: click.Context) -> str:
    names = ", ".join(f"`{o}`" for o in [*param.opts, *param.secondary_opts])
    shown = param.make_metavar(ctx).replace("|", "\\|")
    metavar = "" if param.is_flag or param.count else f" `{shown}`"
    record = param.get_help_record(ctx)
    text = (record[1] if record else "").replace("|", "\\|")
    return f"| {names}{metavar} | {text} |"


def _command(name: str, command: click.Command, parent: click.Context) -> list[str]:
    ctx = click.Context(command, info_name=name, parent=parent)
    usage = " ".join(command.collect_usage_pieces(ctx))
    lines = [f"## `{ctx.command_path}`", "", "```", f"{ctx.command_path} {usage}".rstrip(), "```"]
    lines += ["", inspect.cleandoc(command.help or ""), ""]
    options = [p for p in command.get_params(ctx) if isinstance(p, click.Option)]
    if options:
        lines += ["| option | meaning |", "| --- | --- |"]
        lines += [_option_row(p, ctx) for p in options]
        lines.append("")
    return lines


def markdown() -> str:
    """The reference of every command, as Markdown."""
    root = click.Context(main, info_name="geomap", **main.context_settings)
    lines = [
        "# Command reference",
        "",
        "Written from the commands themselves (`python -m geomap.cli.reference > docs/cli.md`);",
        "`geomap COMMAND --help` says the same. Results go to stdout, messages to stderr. Exit",
        "codes: 0 success, 2 bad input, 1 any other failure.",
        "",
    ]
    ctx = root
    lines += ["## `geomap`", "", "```", "geomap [OPTIONS] COMMAND [ARGS]...", "```", ""]
    lines += [inspect.cleandoc(main.help or ""), ""]
    lines += ["| option | meaning |", "| --- | --- |"]
    lines += [_option_row(p, ctx) for p in main.get_params(ctx) if isinstance(p, click.Option)]
    lines.append("")
    for name in sorted(main.commands):
        lines += _command(name, main.commands[name], root)
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":
    click.echo(markdown(), nl=False)
