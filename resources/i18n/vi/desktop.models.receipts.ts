<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>QCoreApplication</name>
    <message>
      <source>Choose the sponsor.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the kind of resource.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the support category.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter at least one item received.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name the giving side's representative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name the receiving side's representative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The quantity must be greater than zero.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose at least one household or village.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Giving side</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Receiving side</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Witness</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Write the date as dd/mm/yyyy.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter the date the resources were received.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This sponsor has been deleted; choose another.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter the name of every representative and witness.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A need is linked twice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A linked need has been deleted; remove the link.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A linked need belongs to another commune.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The value counted towards a need cannot be negative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The quantity counted towards a need cannot be negative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This receipt does not exist or has been deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This item does not exist or has been removed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The date cannot be in the future.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The value counted towards needs ({counted} đ) exceeds the receipt's total ({total} đ).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The date is too far in the past.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Row {row}: enter the item's name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Row {row}: enter the unit (con, bao, bộ, …).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Row {row}: the quantity must be greater than zero.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Row {row}: the unit price cannot be negative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Items cannot be handed out before they were received.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{item}” has already been handed out; remove its allocations before removing the item.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Row {row}: {allocated} {unit} of “{item}” are already allocated; the quantity cannot be less.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only {left} {unit} of “{item}” remain to hand out ({received} received); {wanted} {unit} were asked for.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A chosen household or village no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Row {row}: the quantity must be a number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Row {row}: the unit price must be a whole number of đồng.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
