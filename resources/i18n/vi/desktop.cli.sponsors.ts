<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.cli.sponsors</name>
    <message>
      <source>The commune's sponsor is no longer matched; it counts alone, as not matched.</source>
      <translation>Đã bỏ đối chiếu: đơn vị của xã được tính riêng, là chưa đối chiếu.</translation>
    </message>
    <message>
      <source>sponsors (đơn vị kết nghĩa)</source>
      <translation>đơn vị kết nghĩa</translation>
    </message>
    <message>
      <source>the hub's directory of sponsors</source>
      <translation>danh mục đơn vị kết nghĩa của trạm tổng hợp</translation>
    </message>
    <message>
      <source>the entries, the communes' sponsors matched to them and those not yet</source>
      <translation>danh mục, các đơn vị của xã đã đối chiếu và chưa đối chiếu</translation>
    </message>
    <message>
      <source>the year of the totals (this year)</source>
      <translation>năm tính số liệu (mặc định năm nay)</translation>
    </message>
    <message>
      <source>one JSON object</source>
      <translation>một đối tượng JSON</translation>
    </message>
    <message>
      <source>add an entry (hub)</source>
      <translation>thêm một đơn vị vào danh mục (trạm tổng hợp)</translation>
    </message>
    <message>
      <source>the sponsor's full name</source>
      <translation>tên đầy đủ của đơn vị</translation>
    </message>
    <message>
      <source>make the entry from a commune's sponsor and match that sponsor to it</source>
      <translation>tạo mục từ đơn vị kết nghĩa của xã và đối chiếu đơn vị đó với mục mới</translation>
    </message>
    <message>
      <source>short name</source>
      <translation>tên viết tắt</translation>
    </message>
    <message>
      <source>kind of sponsor (a code of `sponsor_kind`)</source>
      <translation>loại đơn vị (mã trong `sponsor_kind`)</translation>
    </message>
    <message>
      <source>staff (biên chế)</source>
      <translation>số biên chế</translation>
    </message>
    <message>
      <source>confirm that a commune's sponsor is an entry (hub)</source>
      <translation>xác nhận đơn vị của xã là một đơn vị trong danh mục (trạm tổng hợp)</translation>
    </message>
    <message>
      <source>the commune sponsor's id, as `list` shows it</source>
      <translation>mã (id) đơn vị kết nghĩa của xã, như `list` in ra</translation>
    </message>
    <message>
      <source>the entry's id, name or short name</source>
      <translation>mã, tên hoặc tên viết tắt của đơn vị trong danh mục</translation>
    </message>
    <message>
      <source>undo a match made by mistake (hub)</source>
      <translation>bỏ một đối chiếu nhầm (trạm tổng hợp)</translation>
    </message>
    <message>
      <source>the commune sponsor's id</source>
      <translation>mã (id) đơn vị kết nghĩa của xã</translation>
    </message>
    <message>
      <source>no entry looks like it</source>
      <translation>không có đơn vị nào giống</translation>
    </message>
    <message>
      <source>Sponsor directory: {count} entries ({year}).</source>
      <translation>Danh mục đơn vị kết nghĩa: {count} đơn vị (năm {year}).</translation>
    </message>
    <message>
      <source>An entry made from a commune's sponsor takes that sponsor's name and kind.</source>
      <translation>Mục tạo từ đơn vị kết nghĩa của xã lấy tên và loại của đơn vị đó.</translation>
    </message>
    <message>
      <source>Entry “{name}” added to the directory [{id}].</source>
      <translation>Đã thêm “{name}” vào danh mục [{id}].</translation>
    </message>
    <message>
      <source>The commune's sponsor is now counted as “{name}”.</source>
      <translation>Đơn vị của xã từ nay được tính là “{name}”.</translation>
    </message>
    <message>
      <source>  {name} [{id}] — communes: {communes}; {receipts} receipts, {value}</source>
      <translation>  {name} [{id}] — các xã: {communes}; {receipts} lần tiếp nhận, {value}</translation>
    </message>
    <message>
      <source>  {commune}: “{name}” [{id}] is {entry} (confirmed by {by})</source>
      <translation>  {commune}: “{name}” [{id}] là {entry} ({by} xác nhận)</translation>
    </message>
    <message>
      <source>Communes' sponsors not matched yet: {count}.</source>
      <translation>Đơn vị kết nghĩa của các xã chưa đối chiếu: {count}.</translation>
    </message>
    <message>
      <source>suggested: {name}</source>
      <translation>gợi ý: {name}</translation>
    </message>
    <message>
      <source>none</source>
      <translation>không có</translation>
    </message>
  </context>
</TS>
