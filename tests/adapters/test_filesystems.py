from pathlib import Path

from smpdesk.infra.filesystems import filesystem_type, is_network_path


def test_the_deepest_mount_decides(tmp_path):
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n"
        "server:/clinic /mnt/clinic nfs4 rw 0 0\n"
        "//nas/share /mnt/nas\\040drive cifs rw 0 0\n"
    )
    assert filesystem_type(Path("/home/desk/clinic.sqlite3"), mounts) == "ext4"
    assert filesystem_type(Path("/mnt/clinic/clinic.sqlite3"), mounts) == "nfs4"
    assert filesystem_type(Path("/mnt/nas drive/db.sqlite3"), mounts) == "cifs"
    assert filesystem_type(Path("/mnt/clinicx/db.sqlite3"), mounts) == "ext4"


def test_a_local_temporary_folder_is_not_a_network_share(tmp_path):
    assert not is_network_path(tmp_path / "clinic.sqlite3")
